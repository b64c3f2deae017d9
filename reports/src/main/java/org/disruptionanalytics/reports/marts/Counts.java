package org.disruptionanalytics.reports.marts;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.disruptionanalytics.contract.PeriodType;
import org.disruptionanalytics.contract.RatioInterval;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.warehouse.Table;

/**
 * The counts of one threat area, read from marts/disruption_counts, with the period calendar of
 * the series so that a cell the mart omits (both counts 0) is known to be 0, not missing.
 */
public final class Counts {

  public static final String ALL = "ALL";

  private final String threatArea;
  private final List<ReportingPeriod> periods;
  private final Map<String, CountCell> cells = new HashMap<>();
  private final TreeSet<String> agencies = new TreeSet<>();
  private final TreeSet<String> regions = new TreeSet<>();

  private Counts(String threatArea, List<ReportingPeriod> periods) {
    this.threatArea = threatArea;
    this.periods = periods;
  }

  /**
   * @param seriesStart the first month of the data (null: no disruptions kept, so no periods)
   */
  public static Counts read(Table table, String threatArea, YearMonth seriesStart, LocalDate asOf) {
    List<CountCell> cells = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      if (!threatArea.equals(table.string(THREAT_AREA, r))) {
        continue;
      }
      CountCell c = new CountCell(threatArea, table.string(PERIOD_TYPE, r), table.string(PERIOD_LABEL, r),
          table.date(PERIOD_START, r), table.date(PERIOD_END, r), table.date(DATA_TO, r), table.bool(IS_COMPLETE, r),
          table.string(AGENCY_CODE, r), table.string(REGION_CODE, r), table.bigint(DISRUPTIONS, r),
          table.bigint(MAJOR, r), table.bigint(MODERATE, r), table.bigint(MINOR, r),
          table.string(PRIOR_PERIOD_LABEL, r), table.bigint(PRIOR_DISRUPTIONS, r), table.bigint(PRIOR_MAJOR, r),
          table.bigint(PRIOR_MODERATE, r), table.bigint(PRIOR_MINOR, r), table.bigint(CHANGE, r),
          table.float8(PCT_CHANGE, r), table.float8(RATIO_CI95_LOW, r), table.float8(RATIO_CI95_HIGH, r),
          table.bool(CHANGE_SIGNIFICANT, r));
      cells.add(c);
    }
    return of(threatArea, seriesStart, asOf, cells);
  }

  /** The counts of a threat area from its cells of the mart (other threat areas' cells are ignored). */
  public static Counts of(String threatArea, YearMonth seriesStart, LocalDate asOf, List<CountCell> cells) {
    Counts counts = new Counts(threatArea,
        seriesStart == null ? List.of() : ReportingPeriod.between(seriesStart, asOf));
    for (CountCell c : cells) {
      if (!threatArea.equals(c.threatArea())) {
        continue;
      }
      counts.cells.put(key(c.periodType(), c.periodLabel(), c.agencyCode(), c.regionCode()), c);
      if (!ALL.equals(c.agencyCode())) {
        counts.agencies.add(c.agencyCode());
      }
      if (!ALL.equals(c.regionCode())) {
        counts.regions.add(c.regionCode());
      }
    }
    return counts;
  }

  private static String key(String type, String label, String agency, String region) {
    return type + '\u0000' + label + '\u0000' + agency + '\u0000' + region;
  }

  public String threatArea() {
    return threatArea;
  }

  /** Every period of the series, in the calendar's order (by type, then start). */
  public List<ReportingPeriod> periods(PeriodType type) {
    return periods.stream().filter(p -> p.type() == type).toList();
  }

  /** The latest period of a type that is complete at the as-of, or null. */
  public ReportingPeriod latestComplete(PeriodType type) {
    ReportingPeriod latest = null;
    for (ReportingPeriod p : periods(type)) {
      if (p.complete()) {
        latest = p;
      }
    }
    return latest;
  }

  /** The period of a type still running at the as-of, or null. */
  public ReportingPeriod running(PeriodType type) {
    return periods(type).stream().filter(p -> !p.complete()).findFirst().orElse(null);
  }

  /** Agencies and regions with at least one cell of this threat area, sorted. */
  public List<String> agencies() {
    return List.copyOf(agencies);
  }

  public List<String> regions() {
    return List.copyOf(regions);
  }

  public boolean has(ReportingPeriod p, String agency, String region) {
    return cells.containsKey(key(p.type().name(), p.label(), agency, region));
  }

  /** The cell, or the zeros the mart leaves out (with the interval the mart would have given). */
  public CountCell cell(ReportingPeriod p, String agency, String region) {
    CountCell c = cells.get(key(p.type().name(), p.label(), agency, region));
    if (c != null) {
      return c;
    }
    Long prior = p.priorAvailable() ? 0L : null;
    return new CountCell(threatArea, p.type().name(), p.label(), p.start(), p.end(), p.dataTo(), p.complete(),
        agency, region, 0, 0, 0, 0, p.priorLabel(), prior, prior, prior, prior, prior == null ? null : 0L, null,
        null, null, null);
  }

  /** The interval of a severity's ratio, which the mart does not hold: null where there is none. */
  public static RatioInterval interval(long current, Long prior) {
    if (prior == null || current + prior == 0) {
      return null;
    }
    return RatioInterval.of(current, prior);
  }

  /** All cells of a period for one agency (or ALL) across regions, in region order. */
  public List<CountCell> byRegion(ReportingPeriod p) {
    List<CountCell> out = new ArrayList<>();
    for (String r : regions) {
      if (has(p, ALL, r)) {
        out.add(cell(p, ALL, r));
      }
    }
    return out;
  }

  public List<CountCell> byAgency(ReportingPeriod p) {
    List<CountCell> out = new ArrayList<>();
    for (String a : agencies) {
      if (has(p, a, ALL)) {
        out.add(cell(p, a, ALL));
      }
    }
    return out;
  }
}
