package org.disruptionanalytics.reports.revisions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.warehouse.WarehouseException;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * The figures one release published, with the as-of that fixes the span of each (summary.json's
 * {@code as_of} and {@code figures}); a null value is one the release did not publish.
 */
public record Release(LocalDate asOf, List<Figure> figures) {

  public static final String PUBLISHED_SUMMARY = "reports/published/summary.json";

  public Release {
    figures = List.copyOf(figures);
  }

  /** A summary.json of CONTRACT.md 5.1. */
  public static Release parse(byte[] summaryJson) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(summaryJson);
    } catch (IOException e) {
      throw new WarehouseException("summary.json is not JSON: " + e.getMessage());
    }
    if (root == null || !root.hasNonNull("as_of") || !root.has("figures")) {
      throw new WarehouseException("summary.json has no as_of or figures");
    }
    List<Figure> figures = new ArrayList<>();
    for (JsonNode f : root.get("figures")) {
      Map<String, String> key = new LinkedHashMap<>();
      f.get("key").fields().forEachRemaining(e -> key.put(e.getKey(), e.getValue().asText()));
      List<String> flags = new ArrayList<>();
      f.get("flags").forEach(x -> flags.add(x.asText()));
      figures.add(new Figure(f.get("section").asText(), f.get("table").asText(), f.get("measure").asText(), key,
          value(f.get("value")), flags));
    }
    return new Release(LocalDate.parse(root.get("as_of").asText()), figures);
  }

  /** The published release of a warehouse, when it has one. */
  public static Optional<Release> published(WarehouseFiles warehouse) {
    return warehouse.read(PUBLISHED_SUMMARY).map(Release::parse);
  }

  private static Object value(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    return v.asText();
  }
}
