package org.disruptionanalytics.dataset;

import java.util.Locale;

/**
 * A source's column name (CSV header, JSON key, Parquet field, a mapping's source column) as the
 * contract spells columns, so that the parser and the mappings compare names alike.
 */
public final class ColumnName {
  private ColumnName() {}

  /** Trimmed, lower case, no byte-order mark. */
  public static String of(String header) {
    return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }
}
