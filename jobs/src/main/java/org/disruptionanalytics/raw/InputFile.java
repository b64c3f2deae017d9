package org.disruptionanalytics.raw;

import java.io.Serializable;
import java.util.List;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.mapping.SourceMapping;

/**
 * One input file found under the input root.
 *
 * @param relativePath path below the input root (e.g. {@code disruptions/nca.csv}): what the
 *     tables record, so that the same inputs give the same tables wherever they are stored
 * @param compression how the file is stored; its format is that of the name without the suffix
 * @param uri fully qualified location, as the file system names it
 * @param bytes as stored (compressed, for a compressed file)
 * @param columns the columns the file declares (CSV header, Parquet schema); empty for JSON Lines,
 *     whose keys vary from line to line
 * @param mapping the source mapping the file is read through; null when it has the contract's layout
 */
public record InputFile(
    InputDataset dataset, InputFormat format, Compression compression, String relativePath, String uri, long bytes,
    List<String> columns, SourceMapping mapping) implements Serializable {

  /** The same file, declaring these columns. */
  public InputFile withColumns(List<String> declared) {
    return new InputFile(dataset, format, compression, relativePath, uri, bytes, List.copyOf(declared), mapping);
  }

  /** The name of the character encoding of its bytes: UTF-8 unless its mapping names another. */
  public String encoding() {
    return TextRecordParser.encoding(mapping).name();
  }

  /** Declared columns that no contract column is read from. */
  public List<String> ignoredColumns() {
    List<String> read = dataset.columns().stream().map(this::sourceOf).toList();
    return columns.stream().filter(c -> !read.contains(c)).toList();
  }

  /** The declared column a contract column is read from; null when the mapping makes it a constant. */
  private String sourceOf(String column) {
    return mapping == null ? column : mapping.sourceOf(column);
  }

  /** Contract columns without which a row cannot be valid, absent from the declared columns. */
  public List<String> missingRequiredColumns() {
    if (format == InputFormat.JSON_LINES) {
      return List.of();
    }
    return dataset.requiredColumns().stream()
        .filter(c -> sourceOf(c) != null && !columns.contains(sourceOf(c))).toList();
  }
}
