package org.disruptionanalytics.reports.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.model.Report;

/** summary.json (CONTRACT.md section 5.1): every figure shown, exact, with its key and flags. */
public final class JsonSummary {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonSummary() {}

  public static byte[] render(Report report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("contract_version", report.contractVersion());
    root.put("as_of", report.asOf());
    root.put("run_id", report.runId());
    root.put("threat_area", report.threatArea());
    root.put("audience", report.audience());
    List<Map<String, Object>> figures = new ArrayList<>();
    for (Figure f : report.figures()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("section", f.section());
      o.put("table", f.table());
      o.put("measure", f.measure());
      o.put("key", f.key());
      o.put("value", f.value());
      o.put("flags", f.flags());
      figures.add(o);
    }
    root.put("figures", figures);
    root.put("notes", report.notes());
    // A fixed indenter and line feed: the same report gives the same bytes on any machine.
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return (MAPPER.writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
