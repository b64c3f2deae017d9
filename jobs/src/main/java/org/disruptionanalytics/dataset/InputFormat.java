package org.disruptionanalytics.dataset;

import java.util.Locale;
import java.util.Optional;

/** The file formats the contract accepts, told apart by file name. */
public enum InputFormat {
  CSV(".csv"),
  JSON_LINES(".jsonl"),
  PARQUET(".parquet");

  private final String suffix;

  InputFormat(String suffix) {
    this.suffix = suffix;
  }

  public static Optional<InputFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (InputFormat f : values()) {
      if (lower.endsWith(f.suffix)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
