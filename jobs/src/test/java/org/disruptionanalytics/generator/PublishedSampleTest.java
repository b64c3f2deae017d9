package org.disruptionanalytics.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedSampleTest {

  static final Path COMMITTED = Path.of("..", "data", "published");

  @Test
  void regeneratesTheCommittedFilesByteForByte(@TempDir Path tmp) throws IOException {
    assertEquals(0, SampleGenerator.run(new String[] {"published", "--output", tmp.toString()}, System.err));
    List<Path> files;
    try (Stream<Path> s = Files.walk(COMMITTED)) {
      files = s.filter(Files::isRegularFile).map(COMMITTED::relativize).sorted().toList();
    }
    try (Stream<Path> s = Files.walk(tmp)) {
      assertEquals(files, s.filter(Files::isRegularFile).map(tmp::relativize).sorted().toList());
    }
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(f)), Files.readAllBytes(tmp.resolve(f)), f.toString());
    }
  }

  @Test
  void plantedEventsEqualThePublishedTable() throws IOException {
    List<String> published = Files.readAllLines(Path.of("..", "data", "reference", "published_oic_disruptions.csv"))
        .stream().skip(1).map(l -> {
          String[] c = l.split(",");
          return String.join(",", c[0], c[2], c[3], c[4], c[5]);
        }).toList();
    assertEquals(published, Files.readAllLines(COMMITTED.resolve("EXPECTED_EVENTS.csv")).stream().skip(1).toList());
  }
}
