package org.disruptionanalytics.reports.revisions;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.contract.PeriodType;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.model.Figure;

/**
 * The previous warehouse's marts/disruption_counts seen as a release: for each figure of the
 * current report that revisions compare, the value of the same column in the previous mart. A
 * cell the mart leaves out is 0 (as {@link Counts#cell} makes it); a period the previous release
 * did not have (it started after its as-of, or before its series) gives no figure.
 */
public final class PreviousCounts {

  private PreviousCounts() {}

  public static Release of(List<Figure> current, Counts previous, LocalDate previousAsOf) {
    Map<String, ReportingPeriod> periods = new HashMap<>();
    for (PeriodType t : PeriodType.values()) {
      previous.periods(t).forEach(p -> periods.put(t.name() + ' ' + p.label(), p));
    }
    List<Figure> figures = new ArrayList<>();
    for (Figure f : current) {
      if (!Revisions.compared(f) || !previous.threatArea().equals(f.key().get(THREAT_AREA))) {
        continue;
      }
      ReportingPeriod p = periods.get(f.key().get(PERIOD_TYPE) + ' ' + f.key().get(PERIOD_LABEL));
      if (p == null) {
        continue;
      }
      CountCell c = previous.cell(p, f.key().get(AGENCY_CODE), f.key().get(REGION_CODE));
      figures.add(new Figure(f.section(), f.table(), f.measure(), f.key(), value(c, f.measure()),
          c.complete() ? List.of() : List.of("p")));
    }
    return new Release(previousAsOf, figures);
  }

  /** A measure column of a cell, by its name in the mart. */
  static Object value(CountCell c, String column) {
    return switch (column) {
      case DISRUPTIONS -> c.disruptions();
      case MAJOR -> c.major();
      case MODERATE -> c.moderate();
      case MINOR -> c.minor();
      case PRIOR_DISRUPTIONS -> c.priorDisruptions();
      case PRIOR_MAJOR -> c.priorMajor();
      case PRIOR_MODERATE -> c.priorModerate();
      case PRIOR_MINOR -> c.priorMinor();
      case CHANGE -> c.change();
      case PCT_CHANGE -> c.pctChange();
      case RATIO_CI95_LOW -> c.ratioLow();
      case RATIO_CI95_HIGH -> c.ratioHigh();
      case CHANGE_SIGNIFICANT -> c.changeSignificant();
      default -> throw new IllegalArgumentException("not a measure of disruption_counts: " + column);
    };
  }
}
