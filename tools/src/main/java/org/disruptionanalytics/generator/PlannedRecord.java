package org.disruptionanalytics.generator;

/** One entry of a sample file, in file order: a row, a record written verbatim, or a blank line. */
sealed interface PlannedRecord {

  /** A row written through the file's format from its column values. */
  record RowRecord(Row row, Expectation expect) implements PlannedRecord {}

  /**
   * Text written exactly as given, for records no well-behaved writer would produce (a CSV record with
   * the wrong field count, a JSON Lines line that is not an object). The parser cannot read a source
   * system from it, so data_quality counts it under UNKNOWN.
   */
  record RawRecord(String text, String key, Expectation expect) implements PlannedRecord {}

  /** A blank JSON Lines line: not a row, so it has no outcome. */
  record BlankLine() implements PlannedRecord {}
}
