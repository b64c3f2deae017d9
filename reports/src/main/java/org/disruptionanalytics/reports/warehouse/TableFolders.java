package org.disruptionanalytics.reports.warehouse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules both file systems share for walking a table folder (CONTRACT.md section 4). */
final class TableFolders {

  private TableFolders() {}

  /** Spark's markers, checksums, and staging or hidden entries are not data. */
  static boolean skipped(String name) {
    return name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc");
  }

  /** The Hive partition values of the folders between the table folder and a file. */
  static Map<String, String> partitions(List<String> folders) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String folder : folders) {
      int eq = folder.indexOf('=');
      if (eq > 0) {
        values.put(folder.substring(0, eq), folder.substring(eq + 1));
      }
    }
    return values;
  }

  /** Paths given by callers stay inside the warehouse: relative, no "..". */
  static String checkRelative(String path) {
    String trimmed = path.replace('\\', '/');
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.isEmpty() || trimmed.startsWith("/") || List.of(trimmed.split("/")).contains("..")) {
      throw new WarehouseException("not a relative path without '..': '" + path + "'");
    }
    return trimmed;
  }
}
