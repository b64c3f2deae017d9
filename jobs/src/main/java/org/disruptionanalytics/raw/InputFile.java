package org.disruptionanalytics.raw;

import java.io.Serializable;
import java.util.List;

/**
 * One input file found under the input root.
 *
 * @param relativePath path below the input root (e.g. {@code disruptions/nca.csv}): what the
 *     tables record, so that the same inputs give the same tables wherever they are stored
 * @param uri fully qualified location, as the file system names it
 * @param columns the columns the file declares (CSV header, Parquet schema); empty for JSON Lines,
 *     whose keys vary from line to line
 */
public record InputFile(
    InputDataset dataset, InputFormat format, String relativePath, String uri, long bytes,
    List<String> columns) implements Serializable {

  /** Declared columns the contract does not name. */
  public List<String> ignoredColumns() {
    return columns.stream().filter(c -> !dataset.columns().contains(c)).toList();
  }

  /** Contract columns without which a row cannot be valid, absent from the declared columns. */
  public List<String> missingRequiredColumns() {
    if (format == InputFormat.JSON_LINES) {
      return List.of();
    }
    return dataset.requiredColumns().stream().filter(c -> !columns.contains(c)).toList();
  }
}
