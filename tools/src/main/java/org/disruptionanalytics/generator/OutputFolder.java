package org.disruptionanalytics.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The generator's output folder: dataset sub-folders cleared of old data files, and the small files beside them. */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * Creates the folder and removes data files (csv, jsonl, parquet) left in its dataset sub-folders, and
   * mapping files (json) left in its mappings/ folder, by an earlier run, so a smaller rerun leaves no
   * stale part behind. Nothing else is touched.
   */
  static void prepare(Path root) throws IOException {
    Files.createDirectories(root);
    for (Dataset d : Dataset.values()) {
      Path dir = root.resolve(d.folder);
      Files.createDirectories(dir);
      deleteFiles(dir, OutputFolder::isDataFile);
    }
    Path mappings = root.resolve("mappings");
    if (Files.isDirectory(mappings)) {
      deleteFiles(mappings, p -> p.getFileName().toString().endsWith(".json"));
    }
  }

  private static void deleteFiles(Path dir, java.util.function.Predicate<Path> which) throws IOException {
    List<Path> old;
    try (Stream<Path> files = Files.list(dir)) {
      old = files.filter(Files::isRegularFile).filter(which).sorted().toList();
    }
    for (Path p : old) {
      Files.delete(p);
    }
  }

  static void writeAsOf(Path root, String asOf) throws IOException {
    Files.writeString(root.resolve("AS_OF"), asOf + "\n", StandardCharsets.UTF_8);
  }

  /**
   * Tells git to store the sample's files byte for byte: the HMRC file's CRLF line ends and the NCA
   * file's byte-order mark are part of what the sample tests, and its test compares bytes.
   */
  static void writeGitAttributes(Path root) throws IOException {
    Files.writeString(root.resolve(".gitattributes"),
        "# Generated test data: keep every byte as written (no line-end conversion).\n* -text\n",
        StandardCharsets.UTF_8);
  }

  private static boolean isDataFile(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".csv") || n.endsWith(".jsonl") || n.endsWith(".parquet");
  }
}
