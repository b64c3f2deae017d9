package org.disruptionanalytics.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generator's own count of the outcomes it planted, at the grain of the data_quality mart
 * (dataset, source_system, outcome), written as EXPECTED_OUTCOMES.csv for the pipeline's tests.
 */
final class OutcomeTally {
  private final Map<String, Map<String, Map<String, Long>>> rows = new TreeMap<>();

  void add(Dataset dataset, String sourceSystem, String outcome) {
    rows.computeIfAbsent(dataset.folder, k -> new TreeMap<>())
        .computeIfAbsent(sourceSystem, k -> new TreeMap<>())
        .merge(outcome, 1L, Long::sum);
  }

  void write(Path file) throws IOException {
    StringBuilder b = new StringBuilder("dataset,source_system,outcome,rows\n");
    rows.forEach((dataset, bySource) -> bySource.forEach((source, byOutcome) ->
        byOutcome.forEach((outcome, n) -> {
          b.append(dataset).append(',');
          CsvOut.appendField(b, source, false);
          b.append(',').append(outcome).append(',').append(n).append('\n');
        })));
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }
}
