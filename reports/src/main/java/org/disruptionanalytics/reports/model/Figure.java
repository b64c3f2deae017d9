package org.disruptionanalytics.reports.model;

import java.util.List;
import java.util.Map;

/**
 * One statistic of the report, traced to the table cell it came from (CONTRACT.md section 5.1).
 *
 * @param key the key columns that select the figure, in the table's key order; ALL where summed over
 * @param value exact: Long for counts, Double for ratios and percentages, Boolean, String for a
 *     status; null when not available
 * @param flags shorthand letters without brackets, in the order p, r, c, u, x, z
 */
public record Figure(
    String section, String table, String measure, Map<String, String> key, Object value, List<String> flags) {

  public Figure {
    key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
    flags = List.copyOf(flags);
  }

  /** The flags as the tables show them: "[p][x]", or empty. */
  public String flagText() {
    StringBuilder s = new StringBuilder();
    flags.forEach(f -> s.append('[').append(f).append(']'));
    return s.toString();
  }
}
