package org.disruptionanalytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The warehouse of data/published as of 31 March 2026, run once per test JVM and shared by the
 * tests that read it (the published table, the claim check), so that the pipeline runs once.
 */
public final class PublishedWarehouse {

  private static PipelineRun run;

  private PublishedWarehouse() {}

  public static synchronized PipelineRun run() {
    if (run == null) {
      try {
        Path dir = Files.createTempDirectory("published-warehouse");
        run = PipelineRun.of(Path.of("..", "data", "published"), dir.resolve("out"), "2026-03-31");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run;
  }

  private static void delete(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
