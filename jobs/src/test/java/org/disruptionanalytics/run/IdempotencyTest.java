package org.disruptionanalytics.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the sample with the same inputs and as-of, into the same warehouse: the second
 * publishes a new version, and every table of the two versions holds the same rows (compared as
 * rows, since Spark's file names differ from run to run).
 */
class IdempotencyTest {

  @TempDir Path tmp;

  @Test
  void twoRunsWithTheSameInputsGiveTheSameTables() throws IOException {
    Path out = tmp.resolve("warehouse");
    String asOf = Files.readString(SampleEndToEndTest.SAMPLE.resolve("AS_OF")).strip();
    PipelineRun first = PipelineRun.of(SampleEndToEndTest.SAMPLE, out, asOf);
    Path firstVersion = out.resolveSibling(Files.readSymbolicLink(out));
    PipelineRun second = PipelineRun.of(SampleEndToEndTest.SAMPLE, out, asOf);
    Path secondVersion = out.resolveSibling(Files.readSymbolicLink(out));

    assertNotEquals(firstVersion, secondVersion);
    assertEquals(first.manifest().runId(), second.manifest().runId());
    assertEquals(first.manifest().outputs(), second.manifest().outputs());
    List<String> tables = first.manifest().outputs().stream().map(RunManifest.Output::table)
        .filter(t -> !t.startsWith("reports/")).toList();
    assertEquals(14, tables.size(), tables.toString());
    // The report files are listed too, and are the same bytes in both runs.
    List<String> reports = first.manifest().outputs().stream().map(RunManifest.Output::table)
        .filter(t -> t.startsWith("reports/internal/")).toList();
    assertTrue(reports.containsAll(List.of("reports/internal/summary.html", "reports/internal/summary.md",
        "reports/internal/summary.json", "reports/internal/tables/headline.csv")), reports.toString());
    for (String file : reports) {
      assertArrayEquals(Files.readAllBytes(firstVersion.resolve(file)), Files.readAllBytes(secondVersion.resolve(file)),
          file);
    }
    for (String table : tables) {
      Dataset<Row> a = read(firstVersion.resolve(table));
      Dataset<Row> b = read(secondVersion.resolve(table));
      assertEquals(a.schema(), b.schema(), table);
      assertEquals(a.count(), b.count(), table);
      assertTrue(a.exceptAll(b).isEmpty() && b.exceptAll(a).isEmpty(), table + " differs between the runs");
    }
    try (Stream<Path> files = Files.walk(secondVersion)) {
      assertTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet")));
    }
  }

  private static Dataset<Row> read(Path table) {
    return SharedSpark.spark().read().parquet(table.toString());
  }
}
