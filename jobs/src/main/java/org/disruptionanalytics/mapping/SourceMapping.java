package org.disruptionanalytics.mapping;

import java.io.Serializable;
import java.util.Map;
import org.disruptionanalytics.dataset.ColumnName;
import org.disruptionanalytics.dataset.InputDataset;

/**
 * One checked source mapping file (README "Source mappings"): how the files it applies to spell the
 * contract's columns, dates, timestamps and codes. Built only by {@link SourceMappings}, which has
 * checked every key; carried by each input file it applies to, to the task that parses that file.
 *
 * @param name the mapping file as the run names it (relative to the input root when found in its
 *     {@code mappings/} folder, else as the config gives it)
 * @param sha256 of the mapping file's bytes, so that editing a mapping changes the run id
 * @param files the glob (relative to the input root) selecting the files it applies to
 * @param columns contract column to source column (CSV header) or dotted JSON path
 * @param constants contract column to the value every row takes
 * @param codes contract column to its code map, keyed by source code trimmed and lower-cased
 * @param dateFormat java.time pattern of every date column; null when dates are yyyy-MM-dd
 * @param timestampFormat java.time pattern of every timestamp column; null when they are ISO 8601
 * @param timestampZone zone of timestamps whose pattern has no offset; null when it has one
 * @param encoding Java's name of the character encoding of the files' bytes; null when UTF-8
 */
public record SourceMapping(
    String name,
    String sha256,
    String description,
    InputDataset dataset,
    String files,
    Map<String, String> columns,
    Map<String, String> constants,
    Map<String, Map<String, String>> codes,
    String dateFormat,
    String timestampFormat,
    String timestampZone,
    String encoding) implements Serializable {

  /**
   * Where a file of this mapping holds a contract column, in the parser's spelling (trimmed, lower
   * case): the renamed source, or the column's own name; null when the column is a constant.
   */
  public String sourceOf(String column) {
    if (constants.containsKey(column)) {
      return null;
    }
    return ColumnName.of(columns.getOrDefault(column, column));
  }
}
