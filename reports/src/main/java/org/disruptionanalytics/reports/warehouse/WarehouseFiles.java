package org.disruptionanalytics.reports.warehouse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.io.InputFile;

/** Where a warehouse's files are read from: a local folder, or any Hadoop FileSystem (hdfs:, s3a:) in a Spark run. */
public interface WarehouseFiles {

  /**
   * The Parquet data files of a table folder such as "marts/disruption_counts", recursively,
   * sorted by path; skips _SUCCESS, *.crc, and files/folders starting with "." or "_"; each with
   * its Hive partition values (folder year=2026/month=3 -> {year=2026, month=3}). A missing table
   * folder is a WarehouseException naming it.
   */
  List<TableFile> tableFiles(String table);

  InputFile open(TableFile file);

  /** A small whole file such as "_manifest.json"; empty when absent. */
  Optional<byte[]> read(String relativePath);

  /** The root, for messages. */
  String describe();

  /** Follows a symlinked root (published warehouses are symlinks). */
  static WarehouseFiles local(Path root) {
    return new LocalWarehouseFiles(root);
  }
}
