package org.disruptionanalytics.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * The rows of a table just written, summed from its Parquet files' footers: what the manifest
 * records, read from the files themselves, at the cost of a footer per file instead of a pass over
 * the data.
 */
final class WrittenRows {

  private WrittenRows() {}

  static long of(Path table, Configuration conf) {
    try {
      FileSystem fs = table.getFileSystem(conf);
      long rows = 0;
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(table, true);
      while (files.hasNext()) {
        LocatedFileStatus f = files.next();
        if (f.getPath().getName().endsWith(".parquet")) {
          try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(f, conf))) {
            rows += reader.getRecordCount();
          }
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count the rows written to " + table + ": " + e.getMessage(), e);
    }
  }
}
