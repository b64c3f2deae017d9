package org.disruptionanalytics.reports.revisions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * Finds the previous published version of a warehouse among those the publisher keeps in
 * {@code <output>.versions/}: folders named {@code <yyyyMMddTHHmmssSSSZ>-<run id>}, which sort by
 * time; a version is complete when it has its _manifest.json (a staging folder, or one a killed
 * run left, has none or ends in .staging).
 */
public final class PreviousVersion {

  public static final String VERSIONS = ".versions";
  private static final String STAGING = ".staging";

  private PreviousVersion() {}

  /**
   * The newest of {@code names} whose run id ({@code runIdOf}: empty when the version is not
   * complete) differs from {@code runId} and whose time stamp is before {@code before}'s (null:
   * any).
   */
  public static Optional<String> newest(List<String> names, Function<String, Optional<String>> runIdOf, String runId,
      String before) {
    return names.stream()
        .filter(n -> !n.startsWith(".") && !n.endsWith(STAGING))
        .filter(n -> before == null || stamp(n).compareTo(stamp(before)) < 0)
        .sorted((a, b) -> b.compareTo(a))
        .filter(n -> runIdOf.apply(n).filter(id -> !id.equals(runId)).isPresent())
        .findFirst();
  }

  /** The time stamp part of a version folder's name. */
  static String stamp(String name) {
    int dash = name.indexOf('-');
    return dash < 0 ? name : name.substring(0, dash);
  }

  /**
   * The previous version of a local warehouse for the standalone report: the newest other
   * complete version older than the warehouse's own. A warehouse that is a link into (or a folder
   * of) {@code <x>.versions/} is that version; a real folder at {@code <output>} (the rename
   * method of publishing) is the newest, so every version beside it is older.
   */
  public static Optional<Path> local(Path warehouse) {
    try {
      Path real = warehouse.toRealPath();
      String runId = ReleaseRecord.read(WarehouseFiles.local(real)).runId();
      Path parent = real.getParent();
      boolean isVersion = parent != null && parent.getFileName().toString().endsWith(VERSIONS);
      Path versions = isVersion ? parent : real.resolveSibling(real.getFileName() + VERSIONS);
      if (!Files.isDirectory(versions)) {
        return Optional.empty();
      }
      List<String> names;
      try (Stream<Path> s = Files.list(versions)) {
        names = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
      }
      return newest(names, n -> runIdOf(versions.resolve(n)), runId,
          isVersion ? real.getFileName().toString() : null).map(versions::resolve);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> runIdOf(Path version) {
    if (!Files.isRegularFile(version.resolve(ReleaseRecord.MANIFEST))) {
      return Optional.empty();
    }
    return Optional.of(ReleaseRecord.read(WarehouseFiles.local(version)).runId());
  }
}
