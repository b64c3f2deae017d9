package org.disruptionanalytics.reports.warehouse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One Parquet data file of a table: its path relative to the warehouse root ("/"-separated) and
 * the Hive partition values of the folders it sits in, outermost first.
 */
public record TableFile(String path, Map<String, String> partitions) {

  public TableFile {
    Objects.requireNonNull(path, "path");
    partitions = Collections.unmodifiableMap(new LinkedHashMap<>(partitions));
  }
}
