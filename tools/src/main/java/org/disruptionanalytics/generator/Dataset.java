package org.disruptionanalytics.generator;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The contract's four input datasets (CONTRACT.md 2): folder, columns, date columns, record key, and
 * the column that names data_quality's source_system.
 */
enum Dataset {
  DISRUPTIONS("disruptions",
      List.of("source_system", "disruption_id", "agency_code", "force_code", "region_code", "threat_area",
          "ocg_ref", "investigation_ref", "joint_ref", "disruption_date", "recorded_date", "severity",
          "disruption_type", "status", "last_updated"),
      Set.of("disruption_date", "recorded_date"), List.of("source_system", "disruption_id"), "source_system", true),
  INVESTIGATIONS("investigations",
      List.of("source_system", "investigation_id", "lead_agency_code", "force_code", "region_code",
          "threat_area", "ocg_ref", "opened_date", "closed_date", "status", "last_updated"),
      Set.of("opened_date", "closed_date"), List.of("source_system", "investigation_id"), "source_system", true),
  OCG_REGISTER("ocg_register",
      List.of("ocg_ref", "list_name", "region_code", "threat_areas", "tier", "first_recorded_date",
          "last_assessed_date", "status", "last_updated"),
      Set.of("first_recorded_date", "last_assessed_date"), List.of("list_name", "ocg_ref"), "list_name", true),
  OCG_LINKS("ocg_links",
      List.of("ocg_ref_a", "ocg_ref_b", "link_source"),
      Set.of(), List.of("ocg_ref_a", "ocg_ref_b"), "link_source", false);

  static final String UNKNOWN_SOURCE = "UNKNOWN";

  final String folder;
  final List<String> columns;
  final Set<String> dateColumns;
  final List<String> keyColumns;
  private final String sourceColumn;
  private final boolean sourceUpperCased;

  Dataset(String folder, List<String> columns, Set<String> dateColumns, List<String> keyColumns,
      String sourceColumn, boolean sourceUpperCased) {
    this.folder = folder;
    this.columns = columns;
    this.dateColumns = dateColumns;
    this.keyColumns = keyColumns;
    this.sourceColumn = sourceColumn;
    this.sourceUpperCased = sourceUpperCased;
  }

  /** data_quality's source_system of a parsed row: trimmed (and upper-cased but for links), UNKNOWN when empty. */
  String tallySource(Row row) {
    String v = row.text(sourceColumn);
    if (v == null || v.strip().isEmpty()) {
      return UNKNOWN_SOURCE;
    }
    String trimmed = v.strip();
    return sourceUpperCased ? trimmed.toUpperCase(Locale.ROOT) : trimmed;
  }

  /** The row's key as written, for a reviewer reading PLANTED.md. */
  String keyText(Row row) {
    StringBuilder b = new StringBuilder();
    for (String c : keyColumns) {
      if (b.length() > 0) {
        b.append(" / ");
      }
      String v = row.text(c);
      // Quotes show padding that a reader would otherwise miss.
      b.append(v == null ? "(none)" : v.isEmpty() ? "(empty)" : v.equals(v.strip()) ? v : "'" + v + "'");
    }
    return b.toString();
  }
}
