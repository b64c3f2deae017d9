package org.disruptionanalytics.reports.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.revisions.Release;
import org.disruptionanalytics.reports.sections.ReportContext;
import org.disruptionanalytics.reports.revisions.RevisionsTest;

/**
 * A small hand-made counts mart of OIC: series from April 2024, as of 15 May 2026 (so May 2026
 * and FY 2026-27 are running). The intervals are the ones the mart would hold, computed apart
 * from the code under test (scipy.stats.beta, Clopper-Pearson, turned into ratio bounds).
 */
final class ClaimFixture {

  static final YearMonth SERIES_START = YearMonth.of(2024, 4);
  static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);
  static final ReportContext CONTEXT = new ReportContext("1.1", AS_OF, "run-claims", "OIC", 3, SERIES_START);

  private static final List<CountCell> CELLS = new ArrayList<>();

  static {
    // 400 against 300: r = 4/3 exactly.
    cell("FY", "2025-26", "ALL", "ALL", 400, 300L, 1.1450833468011483, 1.5538541778735189);
    cell("FY", "2025-26", "NCA", "ALL", 393, 300L, 1.12, 1.53);
    // 7 against none.
    cell("FY", "2025-26", "BF", "ALL", 7, 0L, 1.441308518835239, null);
    // The prior FY 2023-24 starts before the series.
    cell("FY", "2024-25", "ALL", "ALL", 300, null, null, null);
    cell("R12", "2026-04", "ALL", "ALL", 401, 300L, 1.1480451724269125, 1.5576141971791055);
    // Running: 50 against 45, r = 10/9.
    cell("FY", "2026-27", "ALL", "ALL", 50, 45L, 0.7278018976655146, 1.7006333323492608);
    // 150 against 300: halved; its months add up to it.
    cell("QUARTER", "2026Q1", "ALL", "ALL", 150, 300L, 0.40822832626346994, 0.6102724985535322);
    cell("MONTH", "2026-01", "ALL", "ALL", 40, 100L, 0.270009100268471, 0.582606850049729);
    cell("MONTH", "2026-02", "ALL", "ALL", 50, 100L, 0.34872018671156, 0.7089430882779895);
    cell("MONTH", "2026-03", "ALL", "ALL", 60, 100L, 0.4282098875622152, 0.834525450703271);
    // None against 12.
    cell("QUARTER", "2026Q1", "ALL", "LON", 0, 12L, 0.0, 0.35989381728770414);
    cell("QUARTER", "2025Q4", "ALL", "ALL", 80, 80L, 0.724256297136687, 1.3807266901971758);
    // r = 1.6.
    cell("QUARTER", "2025Q3", "ALL", "ALL", 160, 100L, 1.2385498796345684, 2.0752605047069586);
    // The running month: 20 against 10 (1 to 15 May, each year).
    cell("MONTH", "2026-05", "ALL", "ALL", 20, 10L, 0.8935088903846908, 4.784552440338102);
    cell("MONTH", "2026-04", "ALL", "ALL", 30, 20L, 0.8241318992309122, 2.7867543069625684);
    // The first months of the series have no prior.
    cell("MONTH", "2024-04", "ALL", "ALL", 10, null, null, null);
    cell("MONTH", "2024-05", "ALL", "ALL", 12, null, null, null);
  }

  private ClaimFixture() {}

  private static void cell(String type, String label, String agency, String region, long current, Long prior,
      Double low, Double high) {
    ReportingPeriod p = ReportingPeriod.between(SERIES_START, AS_OF).stream()
        .filter(x -> x.type().name().equals(type) && x.label().equals(label)).findFirst().orElseThrow();
    CELLS.add(new CountCell("OIC", type, label, p.start(), p.end(), p.dataTo(), p.complete(), agency, region, current,
        0, 0, current, p.priorLabel(), prior, prior == null ? null : 0L, prior == null ? null : 0L, prior,
        prior == null ? null : current - prior, prior == null || prior == 0 ? null : 100.0 * (current - prior) / prior,
        low, high, prior == null ? null : low > 1 || (high != null && high < 1)));
  }

  static Counts counts(String threat) {
    return Counts.of(threat, SERIES_START, AS_OF, CELLS);
  }

  /**
   * The published release: FY 2025-26 nationally, BF's 7 suppressed, and the national months
   * January to March 2026 (so the quarter they make up is published too, though the release shows
   * no prior for quarters).
   */
  static Release release() {
    List<Figure> figures = new ArrayList<>();
    figures.add(RevisionsTest.fig("disruptions", "FY", "2025-26", "ALL", 400L));
    figures.add(RevisionsTest.fig("prior_disruptions", "FY", "2025-26", "ALL", 300L));
    figures.add(RevisionsTest.fig("disruptions", "FY", "2025-26", "BF", null));
    figures.add(RevisionsTest.fig("prior_disruptions", "FY", "2025-26", "BF", 0L));
    figures.add(RevisionsTest.fig("disruptions", "QUARTER", "2026Q1", "ALL", 150L));
    long[] months = {40, 50, 60};
    for (int i = 0; i < months.length; i++) {
      figures.add(RevisionsTest.fig("disruptions", "MONTH", "2026-0" + (i + 1), "ALL", months[i]));
      figures.add(RevisionsTest.fig("prior_disruptions", "MONTH", "2026-0" + (i + 1), "ALL", 100L));
    }
    return new Release(AS_OF, figures);
  }

  static ClaimCheck check() {
    return new ClaimCheck(ClaimFixture::counts, CONTEXT, PublishedFigures.of(Optional.of(release())));
  }

  static ClaimCheck checkWithoutRelease() {
    return new ClaimCheck(ClaimFixture::counts, CONTEXT, PublishedFigures.of(Optional.empty()));
  }
}
