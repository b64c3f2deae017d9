package org.disruptionanalytics.reports.warehouse;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Report files on any Hadoop FileSystem, for a Spark run whose output is not local. */
public final class HadoopReportFiles implements ReportFiles {

  private final Path root;
  private final Configuration conf;

  public HadoopReportFiles(Path root, Configuration conf) {
    this.root = root;
    this.conf = conf;
  }

  /** FileSystem.create makes the parent folders itself. */
  @Override
  public void write(String relativePath, byte[] content) {
    Path target = new Path(root, TableFolders.checkRelative(relativePath));
    try {
      FileSystem fs = target.getFileSystem(conf);
      // Hadoop's local file system writes a .crc beside each file; a report rendered alone has
      // none, so the run writes through the raw file system to give the same files.
      if (fs instanceof ChecksumFileSystem checksummed) {
        fs = checksummed.getRawFileSystem();
      }
      try (OutputStream out = fs.create(target, true)) {
        out.write(content);
      }
    } catch (IOException e) {
      throw new WarehouseException("cannot write report file " + relativePath + " in " + describe(), e);
    }
  }

  @Override
  public String describe() {
    return root.toString();
  }
}
