package org.disruptionanalytics.raw;

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
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
import org.disruptionanalytics.dataset.ColumnName;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.mapping.SourceMapping;
import org.disruptionanalytics.mapping.SourceMappings;

/**
 * Finds the input files under the input root (CONTRACT.md section 2) and opens each one on the
 * driver, so an unreadable file stops the run with its name before any Spark job starts.
 */
public final class InputFiles {

  /**
   * The files found, what the run should warn about, and the SHA-256 of every source mapping
   * (which the run id covers).
   */
  public record Listing(List<InputFile> files, List<String> warnings, List<String> mappingSha256s) {
    public List<InputFile> of(InputDataset dataset) {
      return files.stream().filter(f -> f.dataset() == dataset).toList();
    }
  }

  private InputFiles() {}

  /**
   * @param mappingFiles source mapping files the config lists, besides those of the input root's
   *     {@code mappings/} folder (which is not a dataset folder, so never read as data)
   */
  public static Listing list(String inputRoot, Configuration conf, List<String> mappingFiles) {
    Path root = new Path(inputRoot);
    List<InputFile> files = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> shas = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
        throw new PipelineException(Kind.INPUT, "input folder not found: " + inputRoot);
      }
      Path qualifiedRoot = fs.makeQualified(root);
      SourceMappings mappings = SourceMappings.load(fs, qualifiedRoot, mappingFiles, conf);
      for (InputDataset dataset : InputDataset.values()) {
        Path folder = new Path(qualifiedRoot, dataset.folder());
        if (!fs.exists(folder)) {
          if (dataset.required()) {
            throw new PipelineException(Kind.INPUT,
                "input folder " + inputRoot + " has no " + dataset.folder() + "/ folder");
          }
          continue;
        }
        List<FileStatus> found = new ArrayList<>();
        collect(fs, folder, found);
        found.sort(Comparator.comparing(s -> s.getPath().toString()));
        int before = files.size();
        for (FileStatus status : found) {
          String relative = relativePath(qualifiedRoot, status.getPath());
          String name = status.getPath().getName();
          Compression compression = Compression.ofFileName(name);
          Optional<InputFormat> format = InputFormat.ofFileName(compression.stripped(name));
          if (format.isEmpty() || (format.get() == InputFormat.PARQUET && compression != Compression.NONE)) {
            warnings.add("ignored file of unknown format (not .csv, .jsonl or .parquet, nor .csv or .jsonl"
                + " compressed as .gz or .bz2): " + relative);
            continue;
          }
          SourceMapping mapping = mappings.forFile(dataset, format.get(), relative);
          InputFile file = new InputFile(dataset, format.get(), compression, relative,
              status.getPath().toString(), status.getLen(), List.of(), mapping);
          file = file.withColumns(declaredColumns(fs, conf, file, warnings));
          if (mapping != null && format.get() == InputFormat.CSV) {
            SourceMappings.checkHeader(mapping, relative, file.columns());
          }
          if (!file.missingRequiredColumns().isEmpty()) {
            warnings.add(relative + " lacks required column(s) " + String.join(", ",
                file.missingRequiredColumns()) + ": its rows are quarantined as MISSING_FIELD");
          }
          files.add(file);
        }
        if (files.size() == before) {
          warnings.add("no input files in " + dataset.folder() + "/");
        }
      }
      warnings.addAll(mappings.warnings());
      shas.addAll(mappings.sha256s());
    } catch (IOException e) {
      throw new PipelineException(Kind.INPUT, "cannot read input " + inputRoot + ": " + e.getMessage(), e);
    }
    return new Listing(List.copyOf(files), List.copyOf(warnings), List.copyOf(shas));
  }

  private static void collect(FileSystem fs, Path folder, List<FileStatus> out) throws IOException {
    for (FileStatus status : fs.listStatus(folder)) {
      String name = status.getPath().getName();
      // Hidden and bookkeeping entries (.crc, _SUCCESS) are not data.
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (status.isDirectory()) {
        collect(fs, status.getPath(), out);
      } else {
        out.add(status);
      }
    }
  }

  private static String relativePath(Path root, Path file) {
    String r = root.toUri().getPath();
    String f = file.toUri().getPath();
    return f.startsWith(r + "/") ? f.substring(r.length() + 1) : f;
  }

  /**
   * The columns a file declares, read from its start (through its decompressor, so a file that is
   * not the archive its name says stops the run here); a CSV header holding bytes not valid in
   * the file's encoding adds a warning.
   */
  private static List<String> declaredColumns(FileSystem fs, Configuration conf, InputFile file, List<String> warnings) {
    Path path = new Path(file.uri());
    try {
      switch (file.format()) {
        case CSV -> {
          try (InputStream in = file.compression().open(fs.open(path), file.uri(), conf)) {
            TextRecordParser.CsvHeader header = TextRecordParser.csvHeader(in, file.mapping());
            if (header.undecodable()) {
              warnings.add(file.relativePath() + ": its header holds bytes that are not valid "
                  + file.encoding() + " (shown as U+FFFD in its column names)");
            }
            return header.columns();
          }
        }
        case JSON_LINES -> {
          try (InputStream in = file.compression().open(fs.open(path), file.uri(), conf)) {
            in.read();
          }
          return List.of();
        }
        case PARQUET -> {
          try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
            return reader.getFooter().getFileMetaData().getSchema().getFields().stream()
                .map(Type::getName).map(ColumnName::of).toList();
          }
        }
        default -> throw new IllegalStateException(file.format().name());
      }
    } catch (FileNotFoundException e) {
      throw new PipelineException(Kind.INPUT, "input file disappeared: " + path, e);
    } catch (IOException | RuntimeException e) {
      throw new PipelineException(Kind.INPUT, "cannot read input file " + path + ": " + e.getMessage(), e);
    }
  }
}
