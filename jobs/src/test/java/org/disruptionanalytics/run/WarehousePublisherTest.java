package org.disruptionanalytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.config.OutputOptions;
import org.disruptionanalytics.config.OutputOptions.Publish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing on the local file system, without Spark: what readers of {@code <output>} see. */
class WarehousePublisherTest {

  @TempDir Path tmp;

  private static final Configuration CONF = new Configuration();

  /** A run that stages one table file holding {@code content}, and its manifest. */
  private WarehousePublisher stage(Path output, String runId, Instant started, String content, OutputOptions options)
      throws IOException {
    WarehousePublisher p = WarehousePublisher.prepare(CONF, output.toString(), runId, started, options);
    Path staging = Path.of(p.staging().toUri());
    Files.createDirectories(staging.resolve("marts/t"));
    Files.writeString(staging.resolve("marts/t/part-0.parquet"), content);
    Files.writeString(staging.resolve("_manifest.json"), "{\"run_id\":\"" + runId + "\"}");
    return p;
  }

  private static String table(Path output) throws IOException {
    return Files.readString(output.resolve("marts/t/part-0.parquet"));
  }

  private List<String> versions(Path output) throws IOException {
    try (Stream<Path> s = Files.list(output.resolveSibling(output.getFileName() + ".versions"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void readersSeeTheOldWarehouseUntilTheNewOneIsCompleteThenTheNewOne() throws IOException {
    Path out = tmp.resolve("warehouse");
    stage(out, "r1", Instant.parse("2026-11-01T10:00:00Z"), "one", OutputOptions.defaults()).publish();
    assertTrue(Files.isSymbolicLink(out));
    assertEquals(Path.of("warehouse.versions/20261101T100000000Z-r1"), Files.readSymbolicLink(out));
    assertEquals("one", table(out));

    WarehousePublisher second = stage(out, "r2", Instant.parse("2026-11-02T10:00:00Z"), "two", OutputOptions.defaults());
    assertEquals("one", table(out), "staged, not yet published");
    second.publish();
    assertEquals("two", table(out));
    assertEquals(List.of("20261101T100000000Z-r1", "20261102T100000000Z-r2"), versions(out));
  }

  @Test
  void onlyTheNewestVersionsAreKept() throws IOException {
    Path out = tmp.resolve("w");
    OutputOptions keepTwo = new OutputOptions(2, Publish.AUTO);
    for (int day = 1; day <= 4; day++) {
      stage(out, "r" + day, Instant.parse("2026-11-0" + day + "T00:00:00Z"), "run " + day, keepTwo).publish();
    }
    assertEquals(List.of("20261103T000000000Z-r3", "20261104T000000000Z-r4"), versions(out));
    assertEquals("run 4", table(out));
  }

  @Test
  void aKilledRunsStagingIsRemovedByTheNextRunAndNeverPublished() throws IOException {
    Path out = tmp.resolve("w");
    stage(out, "good", Instant.parse("2026-11-01T00:00:00Z"), "good", OutputOptions.defaults()).publish();
    WarehousePublisher killed = stage(out, "killed", Instant.parse("2026-11-02T00:00:00Z"), "half", OutputOptions.defaults());
    assertTrue(Files.exists(Path.of(killed.staging().toUri())));
    assertEquals("good", table(out));

    stage(out, "next", Instant.parse("2026-11-03T00:00:00Z"), "next", OutputOptions.defaults()).publish();
    assertFalse(Files.exists(Path.of(killed.staging().toUri())));
    assertEquals("next", table(out));
    assertEquals(List.of("20261101T000000000Z-good", "20261103T000000000Z-next"), versions(out));
  }

  @Test
  void aStagingWithoutManifestIsNotPublished() throws IOException {
    Path out = tmp.resolve("w");
    stage(out, "good", Instant.parse("2026-11-01T00:00:00Z"), "good", OutputOptions.defaults()).publish();
    WarehousePublisher p = stage(out, "bad", Instant.parse("2026-11-02T00:00:00Z"), "bad", OutputOptions.defaults());
    Files.delete(Path.of(p.staging().toUri()).resolve("_manifest.json"));
    assertThrows(PipelineException.class, p::publish);
    assertEquals("good", table(out));
  }

  @Test
  void aWarehouseFolderFromBeforeBecomesAVersion() throws IOException {
    Path out = tmp.resolve("w");
    Files.createDirectories(out.resolve("marts/t"));
    Files.writeString(out.resolve("marts/t/part-0.parquet"), "old");
    Files.writeString(out.resolve("_manifest.json"), "{}");
    stage(out, "r1", Instant.parse("2026-11-01T00:00:00Z"), "new", OutputOptions.defaults()).publish();
    assertEquals("new", table(out));
    List<String> kept = versions(out);
    assertEquals(2, kept.size());
    assertTrue(kept.get(1).endsWith("-replaced"), kept.toString());
    assertEquals("old", Files.readString(out.resolveSibling("w.versions").resolve(kept.get(1)).resolve("marts/t/part-0.parquet")));
  }

  @Test
  void aFolderThatIsNotAWarehouseIsLeftAlone() throws IOException {
    Path out = tmp.resolve("home");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.docx"), "precious");
    PipelineException e = assertThrows(PipelineException.class,
        () -> WarehousePublisher.prepare(CONF, out.toString(), "r", Instant.EPOCH, OutputOptions.defaults()));
    assertTrue(e.getMessage().contains("not a warehouse"), e.getMessage());
    assertEquals("precious", Files.readString(out.resolve("thesis.docx")));
  }

  @Test
  void theRenameMethodSwapsRealFolders() throws IOException {
    Path out = tmp.resolve("w");
    OutputOptions rename = new OutputOptions(2, Publish.RENAME);
    stage(out, "r1", Instant.parse("2026-11-01T00:00:00Z"), "one", rename).publish();
    assertFalse(Files.isSymbolicLink(out));
    assertEquals("one", table(out));
    stage(out, "r2", Instant.parse("2026-11-02T00:00:00Z"), "two", rename).publish();
    assertEquals("two", table(out));
    List<String> kept = versions(out);
    assertEquals(1, kept.size(), kept.toString());
    assertEquals("one", Files.readString(out.resolveSibling("w.versions").resolve(kept.get(0)).resolve("marts/t/part-0.parquet")));
  }
}
