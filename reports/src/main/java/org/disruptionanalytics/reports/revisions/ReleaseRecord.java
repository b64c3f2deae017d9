package org.disruptionanalytics.reports.revisions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disruptionanalytics.reports.warehouse.WarehouseException;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * What a release was made from, as its _manifest.json records it: the run, the as-of, the
 * config and the input files with their SHA-256. A run hands over its own before the manifest is
 * written; a published warehouse's is read from its manifest.
 */
public record ReleaseRecord(String runId, LocalDate asOf, String config, List<Input> inputs) {

  public static final String MANIFEST = "_manifest.json";

  public record Input(String dataset, String path, String sha256) {}

  public ReleaseRecord {
    inputs = inputs.stream().sorted(Comparator.comparing(Input::path).thenComparing(Input::sha256)).toList();
  }

  public static ReleaseRecord read(WarehouseFiles files) {
    byte[] bytes = files.read(MANIFEST).orElseThrow(() -> new WarehouseException(
        "no " + MANIFEST + " in " + files.describe() + ": not a complete warehouse"));
    try {
      JsonNode m = new ObjectMapper().readTree(bytes);
      List<Input> inputs = new ArrayList<>();
      for (JsonNode i : m.path("inputs")) {
        inputs.add(new Input(i.path("dataset").asText(), i.path("path").asText(), i.path("sha256").asText()));
      }
      if (!m.hasNonNull("run_id") || !m.hasNonNull("as_of")) {
        throw new WarehouseException(MANIFEST + " in " + files.describe() + " has no run_id or as_of");
      }
      return new ReleaseRecord(m.get("run_id").asText(), LocalDate.parse(m.get("as_of").asText()),
          m.path("config").asText(""), inputs);
    } catch (IOException | java.time.format.DateTimeParseException e) {
      throw new WarehouseException(MANIFEST + " in " + files.describe() + ": " + e.getMessage());
    }
  }

  /** Whether the config counts CLAIMED disruptions too (CONTRACT.md 3.2). */
  public boolean countsClaimed() {
    try {
      return new ObjectMapper().readTree(config.isEmpty() ? "{}" : config).path("count_claimed").asBoolean(false);
    } catch (IOException e) {
      return false;
    }
  }
}
