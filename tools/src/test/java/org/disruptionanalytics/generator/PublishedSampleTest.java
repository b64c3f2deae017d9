package org.disruptionanalytics.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedSampleTest {
  /** The committed expansion and the table it expands, relative to the jobs module (Maven runs tests there). */
  private static final Path COMMITTED = Path.of("..", "data", "published");
  private static final Path TABLE = Path.of("..", "data", "reference", "published_oic_disruptions.csv");

  @Test
  void regeneratedExpansionIsByteIdenticalToTheCommittedOne(@TempDir Path out) throws IOException {
    assertEquals(0, SampleGenerator.run(new String[] {"published", "--output", out.toString()}, System.err));

    Map<String, byte[]> committed = filesUnder(COMMITTED);
    Map<String, byte[]> regenerated = filesUnder(out);
    assertEquals(committed.keySet(), regenerated.keySet(),
        "the committed data/published holds other files than the generator writes");
    committed.forEach((name, bytes) -> assertArrayEquals(bytes, regenerated.get(name),
        name + " differs from a fresh run: regenerate with `SampleGenerator published --output data/published`"));
  }

  @Test
  void expectedEventsAreThePublishedTable() throws IOException {
    // quarter -> major,moderate,minor,total, read from each file by its own header
    assertEquals(columns(TABLE, "quarter", "major", "moderate", "minor", "total"),
        columns(COMMITTED.resolve("EXPECTED_EVENTS.csv"), "quarter", "major", "moderate", "minor", "total"));
    assertEquals(List.of("2026-03-31"), Files.readAllLines(COMMITTED.resolve("AS_OF")));
  }

  @Test
  void publishedTakesOnlyOutputAndSeed() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, SampleGenerator.run(new String[] {"published", "--output", "x", "--disruptions", "5"},
        new PrintStream(err, true, StandardCharsets.UTF_8)));
  }

  /** The file's rows as key column -> the other named columns joined by commas, in file order. */
  private static Map<String, String> columns(Path csv, String key, String... others) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(","));
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      StringBuilder v = new StringBuilder();
      for (String c : others) {
        v.append(v.length() > 0 ? "," : "").append(f[header.indexOf(c)]);
      }
      out.put(f[header.indexOf(key)], v.toString());
    }
    return out;
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
}
