package org.disruptionanalytics.reports.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Report files in a local folder. */
public final class LocalReportFiles implements ReportFiles {

  private final Path root;

  public LocalReportFiles(Path root) {
    this.root = root;
  }

  /** Writes beside the target and renames, so a reader never sees half a file. */
  @Override
  public void write(String relativePath, byte[] content) {
    Path target = root.resolve(TableFolders.checkRelative(relativePath));
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      Files.createDirectories(target.getParent());
      Files.write(temp, content);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // The write's own failure is the one to report.
      }
      throw new WarehouseException("cannot write report file " + relativePath + " in " + describe(), e);
    }
  }

  @Override
  public String describe() {
    return root.toString();
  }
}
