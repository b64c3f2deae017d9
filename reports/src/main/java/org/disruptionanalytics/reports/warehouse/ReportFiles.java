package org.disruptionanalytics.reports.warehouse;

import java.nio.file.Path;

/** Where report files are written. */
public interface ReportFiles {

  /** Creates parent folders; overwrites. */
  void write(String relativePath, byte[] content);

  /** The root, for messages. */
  String describe();

  static ReportFiles local(Path root) {
    return new LocalReportFiles(root);
  }
}
