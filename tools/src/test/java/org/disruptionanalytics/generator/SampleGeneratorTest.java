package org.disruptionanalytics.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
  /** The committed sample, relative to the jobs module (Maven runs tests there). */
  private static final Path COMMITTED_SAMPLE = Path.of("..", "data", "sample");

  @Test
  void regeneratedSampleIsByteIdenticalToTheCommittedOne(@TempDir Path out) throws IOException {
    assertEquals(0, SampleGenerator.run(new String[] {"sample", "--output", out.toString()}, System.err));

    Map<String, byte[]> committed = filesUnder(COMMITTED_SAMPLE);
    Map<String, byte[]> regenerated = filesUnder(out);
    assertEquals(committed.keySet(), regenerated.keySet(),
        "the committed data/sample holds other files than the generator writes");
    committed.forEach((name, bytes) -> assertArrayEquals(bytes, regenerated.get(name),
        name + " differs from a fresh run: regenerate with `SampleGenerator sample --output data/sample`"));
  }

  @Test
  void bulkWritesExactlyTheRequestedNumberOfDisruptionRecords(@TempDir Path out) throws IOException {
    assertEquals(0, SampleGenerator.run(
        new String[] {"bulk", "--output", out.toString(), "--disruptions", "1200"}, System.err));

    assertEquals(1200, recordsIn(out.resolve("disruptions")));
    assertEquals(1200, expectedRows(out, "disruptions"));
    assertEquals(120, recordsIn(out.resolve("ocg_links")));
    assertEquals(List.of("2026-10-31"), Files.readAllLines(out.resolve("AS_OF")));
  }

  @Test
  void bulkSplitsDisruptionsIntoPartsOfAtMostTheLimit(@TempDir Path out) throws IOException {
    new BulkSample(SampleGenerator.DEFAULT_SEED, 500).write(out, 1200, 50);

    Map<String, byte[]> parts = filesUnder(out.resolve("disruptions"));
    assertEquals(List.of("part-00000.csv", "part-00001.csv", "part-00002.csv"), List.copyOf(parts.keySet()));
    assertEquals(500, records(parts.get("part-00000.csv")));
    assertEquals(500, records(parts.get("part-00001.csv")));
    assertEquals(200, records(parts.get("part-00002.csv")));
  }

  @Test
  void bulkIsDeterministic(@TempDir Path out) throws IOException {
    new BulkSample(7, 400).write(out.resolve("a"), 900, 90);
    new BulkSample(7, 400).write(out.resolve("b"), 900, 90);

    Map<String, byte[]> a = filesUnder(out.resolve("a"));
    Map<String, byte[]> b = filesUnder(out.resolve("b"));
    assertEquals(a.keySet(), b.keySet());
    a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
  }

  @Test
  void badArgumentsGiveOneUsageLineAndStatus2() {
    for (String[] args : List.of(
        new String[] {},
        new String[] {"publish", "--output", "x"},
        new String[] {"sample"},
        new String[] {"sample", "--output"},
        new String[] {"sample", "--output", "x", "--disruptions", "5"},
        new String[] {"bulk", "--output", "x"},
        new String[] {"bulk", "--output", "x", "--disruptions", "many"},
        new String[] {"bulk", "--output", "x", "--disruptions", "0"},
        new String[] {"bulk", "--output", "x", "--disruptions", "10", "--links", "-1"},
        new String[] {"bulk", "--output", "x", "--disruptions", "10", "--seed", "1", "--seed", "2"})) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      assertEquals(2, SampleGenerator.run(args, new PrintStream(err, true, StandardCharsets.UTF_8)),
          String.join(" ", args));
      String message = err.toString(StandardCharsets.UTF_8);
      assertTrue(message.startsWith("usage: ") && message.indexOf('\n') == message.length() - 1,
          "one usage line expected, got: " + message);
    }
  }

  /** Every regular file under a folder, by path relative to it, in name order. */
  private static Map<String, byte[]> filesUnder(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.filter(Files::isRegularFile).toList();
    }
    for (Path p : paths) {
      files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
    }
    return files;
  }

  private static long recordsIn(Path dir) throws IOException {
    long n = 0;
    for (byte[] file : filesUnder(dir).values()) {
      n += records(file);
    }
    return n;
  }

  /** Data records of a CSV file: record ends outside quotes, less the header. */
  private static long records(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8);
    long ends = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        ends++;
      }
    }
    if (!text.isEmpty() && !text.endsWith("\n")) {
      ends++;
    }
    return ends - 1;
  }

  private static long expectedRows(Path out, String dataset) throws IOException {
    return Files.readAllLines(out.resolve("EXPECTED_OUTCOMES.csv")).stream()
        .skip(1)
        .map(line -> line.split(","))
        .filter(f -> f[0].equals(dataset))
        .mapToLong(f -> Long.parseLong(f[f.length - 1]))
        .sum();
  }
}
