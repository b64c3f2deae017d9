package org.disruptionanalytics.generator;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Streams rows to part-00000.csv, part-00001.csv, ... in one folder, at most a given number of rows per part. */
final class PartedCsvOut implements Closeable {
  private final Path dir;
  private final List<String> columns;
  private final long maxRowsPerFile;
  private CsvOut current;
  private int part;
  private long rowsInPart;

  PartedCsvOut(Path dir, List<String> columns, long maxRowsPerFile) {
    this.dir = dir;
    this.columns = columns;
    this.maxRowsPerFile = maxRowsPerFile;
  }

  void write(Row row) throws IOException {
    if (current == null || rowsInPart == maxRowsPerFile) {
      close();
      current = new CsvOut(dir.resolve("part-" + Codes.padded(part++, 5) + ".csv"), false, false);
      current.record(columns, false);
      rowsInPart = 0;
    }
    current.record(row.texts(columns), false);
    rowsInPart++;
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
