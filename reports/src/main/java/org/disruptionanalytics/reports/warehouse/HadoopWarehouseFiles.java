package org.disruptionanalytics.reports.warehouse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;

/**
 * A warehouse on any Hadoop FileSystem (hdfs:, s3a:, file:). Meant for a Spark run, which brings
 * Hadoop's client; the reports module alone has Hadoop's classes but not their dependencies.
 */
public final class HadoopWarehouseFiles implements WarehouseFiles {

  private final Path root;
  private final Configuration conf;
  private final FileSystem fs;

  public HadoopWarehouseFiles(Path root, Configuration conf) {
    this.root = root;
    this.conf = conf;
    try {
      this.fs = root.getFileSystem(conf);
    } catch (IOException e) {
      throw new WarehouseException("cannot open the file system of warehouse " + root, e);
    }
  }

  @Override
  public List<TableFile> tableFiles(String table) {
    String relative = TableFolders.checkRelative(table);
    Path folder = new Path(root, relative);
    List<TableFile> files = new ArrayList<>();
    try {
      if (!fs.getFileStatus(folder).isDirectory()) {
        throw new WarehouseException("table folder not found: " + table + " in " + describe());
      }
      walk(folder, relative, new ArrayList<>(), files);
    } catch (FileNotFoundException e) {
      throw new WarehouseException("table folder not found: " + table + " in " + describe());
    } catch (IOException e) {
      throw new WarehouseException("cannot list table " + table + " in " + describe(), e);
    }
    files.sort(Comparator.comparing(TableFile::path));
    return files;
  }

  private void walk(Path folder, String relative, List<String> folders, List<TableFile> out) throws IOException {
    for (FileStatus status : fs.listStatus(folder)) {
      String name = status.getPath().getName();
      if (TableFolders.skipped(name)) {
        continue;
      }
      if (status.isDirectory()) {
        folders.add(name);
        walk(status.getPath(), relative + "/" + name, folders, out);
        folders.remove(folders.size() - 1);
      } else {
        out.add(new TableFile(relative + "/" + name, TableFolders.partitions(folders)));
      }
    }
  }

  @Override
  public InputFile open(TableFile file) {
    try {
      return HadoopInputFile.fromPath(new Path(root, TableFolders.checkRelative(file.path())), conf);
    } catch (IOException e) {
      throw new WarehouseException("cannot open " + file.path() + " in " + describe(), e);
    }
  }

  @Override
  public Optional<byte[]> read(String relativePath) {
    Path file = new Path(root, TableFolders.checkRelative(relativePath));
    try (InputStream in = fs.open(file)) {
      return Optional.of(in.readAllBytes());
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new WarehouseException("cannot read " + relativePath + " in " + describe(), e);
    }
  }

  @Override
  public String describe() {
    return root.toString();
  }
}
