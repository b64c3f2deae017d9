package org.disruptionanalytics.reports.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;

/** A warehouse in a local folder, read with java.nio only (no Hadoop Configuration). */
public final class LocalWarehouseFiles implements WarehouseFiles {

  private final Path given;
  private final Path root;

  /**
   * Resolves a symlinked root once, so that one reader sees one published version even when a
   * run switches the link meanwhile.
   */
  public LocalWarehouseFiles(Path root) {
    this.given = root;
    try {
      this.root = root.toRealPath();
    } catch (IOException e) {
      throw new WarehouseException("warehouse folder not found: " + root, e);
    }
    if (!Files.isDirectory(this.root)) {
      throw new WarehouseException("warehouse root is not a folder: " + root);
    }
  }

  @Override
  public List<TableFile> tableFiles(String table) {
    Path folder = root.resolve(TableFolders.checkRelative(table));
    if (!Files.isDirectory(folder)) {
      throw new WarehouseException("table folder not found: " + table + " in " + describe());
    }
    // Following links: a run may publish a table folder itself as a symlink.
    try (Stream<Path> paths = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
      return paths
          .filter(p -> !p.equals(folder) && Files.isRegularFile(p))
          .map(folder::relativize)
          .filter(LocalWarehouseFiles::isData)
          .map(p -> tableFile(folder, p))
          .sorted(Comparator.comparing(TableFile::path))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new WarehouseException("cannot list table " + table + " in " + describe(), e);
    }
  }

  private static boolean isData(Path inTable) {
    for (Path part : inTable) {
      if (TableFolders.skipped(part.toString())) {
        return false;
      }
    }
    return true;
  }

  private TableFile tableFile(Path folder, Path inTable) {
    List<String> folders = new ArrayList<>();
    for (int i = 0; i < inTable.getNameCount() - 1; i++) {
      folders.add(inTable.getName(i).toString());
    }
    String path = root.relativize(folder.resolve(inTable)).toString().replace('\\', '/');
    return new TableFile(path, TableFolders.partitions(folders));
  }

  @Override
  public InputFile open(TableFile file) {
    Path path = root.resolve(TableFolders.checkRelative(file.path()));
    // parquet-java's messages name the file by its toString.
    return new LocalInputFile(path) {
      @Override
      public String toString() {
        return path.toString();
      }
    };
  }

  @Override
  public Optional<byte[]> read(String relativePath) {
    Path file = root.resolve(TableFolders.checkRelative(relativePath));
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new WarehouseException("cannot read " + relativePath + " in " + describe(), e);
    }
  }

  @Override
  public String describe() {
    return given.equals(root) ? root.toString() : given + " (-> " + root + ")";
  }
}
