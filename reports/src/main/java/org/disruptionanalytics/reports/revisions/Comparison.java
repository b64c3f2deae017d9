package org.disruptionanalytics.reports.revisions;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.disruptionanalytics.reports.RunFacts;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.sections.ReportContext;
import org.disruptionanalytics.reports.warehouse.Table;
import org.disruptionanalytics.reports.warehouse.Warehouse;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * Everything the revisions section reads from the two warehouses, read once: the previous
 * release's counts, and what may explain a revision (rows recorded since, superseded versions,
 * quarantine, config and inputs). {@code previous} is null for a first release.
 *
 * @param lateDates disruption dates of this release's counted rows of the threat area that were
 *     recorded after the previous as-of, sorted
 * @param quarantinedNow quarantined disruption rows as {@code source_file:row_number}, sorted
 */
public record Comparison(
    ReleaseRecord current, ReleaseRecord previous, Counts previousCounts,
    List<LocalDate> lateDates, Set<String> quarantinedNow, Set<String> quarantinedBefore, long supersededNow,
    long supersededBefore) {

  static final String DISRUPTIONS_DATASET = "disruptions";
  static final String SUPERSEDED = "SUPERSEDED";

  public static Comparison none() {
    return new Comparison(null, null, null, List.of(), Set.of(), Set.of(), 0, 0);
  }

  public boolean firstRelease() {
    return previous == null;
  }

  public static Comparison read(Warehouse current, ReportContext ctx, Baseline baseline) {
    if (baseline.previous().isEmpty()) {
      return none();
    }
    WarehouseFiles files = baseline.previous().get();
    ReportContext before = RunFacts.read(files, ctx.threatArea());
    ReleaseRecord previous = ReleaseRecord.read(files);
    Counts counts;
    Set<String> quarantinedBefore;
    long supersededBefore;
    try (Warehouse w = Warehouse.open(files)) {
      try (Table t = w.read("marts/disruption_counts")) {
        counts = Counts.read(t, ctx.threatArea(), before.seriesStart(), before.asOf());
      }
      quarantinedBefore = quarantined(w);
      supersededBefore = superseded(w);
    }
    List<LocalDate> late = new ArrayList<>();
    try (Table t = current.read("clean/disruptions")) {
      Set<String> counted = baseline.current().countsClaimed() ? Set.of("VALIDATED", "CLAIMED") : Set.of("VALIDATED");
      for (int r = 0; r < t.rowCount(); r++) {
        if (ctx.threatArea().equals(t.string(THREAT_AREA, r)) && counted.contains(t.string(STATUS, r))
            && t.date(RECORDED_DATE, r).isAfter(previous.asOf())) {
          late.add(t.date(DISRUPTION_DATE, r));
        }
      }
    }
    late.sort(null);
    return new Comparison(baseline.current(), previous, counts, late, quarantined(current),
        quarantinedBefore, superseded(current), supersededBefore);
  }

  private static Set<String> quarantined(Warehouse w) {
    Set<String> rows = new TreeSet<>();
    try (Table t = w.read("quarantine/" + DISRUPTIONS_DATASET)) {
      for (int r = 0; r < t.rowCount(); r++) {
        rows.add(t.string(SOURCE_FILE, r) + ":" + t.bigint(ROW_NUMBER, r));
      }
    }
    return rows;
  }

  private static long superseded(Warehouse w) {
    long rows = 0;
    try (Table t = w.read("marts/data_quality")) {
      for (int r = 0; r < t.rowCount(); r++) {
        if (DISRUPTIONS_DATASET.equals(t.string(DATASET, r)) && SUPERSEDED.equals(t.string(OUTCOME, r))) {
          rows += t.bigint(ROWS, r);
        }
      }
    }
    return rows;
  }

  /** Rows of {@link #lateDates} dated from {@code from} to {@code to}, both included. */
  public long lateBetween(LocalDate from, LocalDate to) {
    return lateDates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
  }
}
