package org.disruptionanalytics.reports.sections;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;

/**
 * A small hand-made warehouse of OIC counts: series from April 2024, as of 15 May 2026, so that
 * FY 2025-26 and the year ending April 2026 are the latest complete periods and FY 2026-27 is
 * running. Only the cells a test needs are given; the others are 0, as in the mart.
 */
final class Fixture {

  static final YearMonth SERIES_START = YearMonth.of(2024, 4);
  static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);
  static final ReportContext CONTEXT = new ReportContext("1.1", AS_OF, "run-fixture", "OIC", 7, SERIES_START);

  private final List<CountCell> cells = new ArrayList<>();

  static ReportingPeriod period(String type, String label) {
    return ReportingPeriod.between(SERIES_START, AS_OF).stream()
        .filter(p -> p.type().name().equals(type) && p.label().equals(label)).findFirst().orElseThrow();
  }

  /** A cell with severities and priors by hand; the interval as the mart would hold it. */
  Fixture cell(String type, String label, String agency, String region, long[] current, long[] prior,
      Double low, Double high, Boolean significant) {
    ReportingPeriod p = period(type, label);
    long c = current[0] + current[1] + current[2];
    Long pr = prior == null ? null : prior[0] + prior[1] + prior[2];
    cells.add(new CountCell("OIC", type, label, p.start(), p.end(), p.dataTo(), p.complete(), agency, region, c,
        current[0], current[1], current[2], p.priorLabel(), pr, prior == null ? null : prior[0],
        prior == null ? null : prior[1], prior == null ? null : prior[2], pr == null ? null : c - pr,
        pr == null || pr == 0 ? null : 100.0 * (c - pr) / pr, low, high, significant));
    return this;
  }

  Counts counts() {
    return Counts.of("OIC", SERIES_START, AS_OF, cells);
  }

  /** The fixture of the headline tests. */
  static Fixture standard() {
    return new Fixture()
        // 400 against 300: r = 4/3 exactly, "rose by a third".
        .cell("FY", "2025-26", "ALL", "ALL", new long[] {100, 200, 100}, new long[] {80, 150, 70}, 1.1466, 1.5542, true)
        .cell("FY", "2025-26", "NCA", "ALL", new long[] {60, 130, 60}, new long[] {50, 100, 50}, 1.0, 1.5, false)
        .cell("FY", "2025-26", "BF", "ALL", new long[] {50, 90, 40}, new long[] {40, 60, 20}, 1.2, 1.9, true)
        .cell("FY", "2025-26", "ALL", "LON", new long[] {10, 20, 10}, new long[] {5, 10, 5}, 1.1, 3.4, true)
        // 401 against 300: one event above 4/3, "rose by more than a third".
        .cell("R12", "2026-04", "ALL", "ALL", new long[] {101, 200, 100}, new long[] {80, 150, 70}, 1.15, 1.56, true)
        .cell("R12", "2026-04", "NCA", "ALL", new long[] {101, 200, 100}, new long[] {80, 150, 70}, 1.15, 1.56, true)
        // Running: 50 against 45, r = 10/9 > 11/10, not significant.
        .cell("FY", "2026-27", "ALL", "ALL", new long[] {10, 30, 10}, new long[] {5, 30, 10}, 0.7412, 1.6649, false)
        .cell("FY", "2026-27", "NCA", "ALL", new long[] {10, 30, 10}, new long[] {5, 30, 10}, 0.7412, 1.6649, false)
        .cell("MONTH", "2026-04", "ALL", "ALL", new long[] {5, 20, 5}, new long[] {3, 20, 5}, 0.6, 1.8, false)
        .cell("MONTH", "2026-05", "ALL", "ALL", new long[] {5, 10, 5}, new long[] {2, 10, 5}, 0.4, 1.5, false);
  }
}
