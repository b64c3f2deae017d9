package org.disruptionanalytics.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** Writes mapping files into a throw-away input root's mappings/ folder and loads them. */
final class MappingFiles {
  private MappingFiles() {}

  /** JSON with single quotes for readability: each ' becomes ". */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static void write(Path root, String name, String singleQuoted) {
    try {
      Files.createDirectories(root.resolve("mappings"));
      Files.writeString(root.resolve("mappings").resolve(name), json(singleQuoted));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceMappings load(Path root) {
    try {
      Configuration conf = new Configuration();
      return SourceMappings.load(FileSystem.getLocal(conf), new org.apache.hadoop.fs.Path(root.toUri()),
          List.of(), conf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one mapping of a root that holds one mapping file, as it applies to the given data file. */
  static SourceMapping only(Path root, String singleQuoted, String dataFile) {
    write(root, "m.json", singleQuoted);
    return load(root).forFile(org.disruptionanalytics.dataset.InputDataset.DISRUPTIONS,
        org.disruptionanalytics.dataset.InputFormat.CSV, dataFile);
  }
}
