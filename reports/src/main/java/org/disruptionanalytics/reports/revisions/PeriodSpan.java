package org.disruptionanalytics.reports.revisions;

import java.time.LocalDate;
import java.time.YearMonth;
import org.disruptionanalytics.contract.PeriodType;

/**
 * A period of marts/disruption_counts from its type and label alone (summary.json holds no
 * dates): its first and last day, and the last day a release as of a given day counted.
 */
public record PeriodSpan(PeriodType type, String label, LocalDate start, LocalDate end) {

  public static PeriodSpan of(String type, String label) {
    PeriodType t = PeriodType.valueOf(type);
    LocalDate start = switch (t) {
      case MONTH -> YearMonth.parse(label).atDay(1);
      case QUARTER -> YearMonth.of(Integer.parseInt(label.substring(0, 4)),
          (Integer.parseInt(label.substring(5)) - 1) * 3 + 1).atDay(1);
      case FY -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), 4, 1);
      case CY -> LocalDate.of(Integer.parseInt(label), 1, 1);
      case R12 -> YearMonth.parse(label).minusMonths(11).atDay(1);
    };
    LocalDate end = (t == PeriodType.MONTH ? start.plusMonths(1) : t == PeriodType.QUARTER ? start.plusMonths(3)
        : start.plusMonths(12)).minusDays(1);
    if (!t.label(start).equals(label)) {
      throw new IllegalArgumentException("not a " + type + " label: " + label);
    }
    return new PeriodSpan(t, label, start, end);
  }

  /** The last day counted as of a day: min(end, asOf) (CONTRACT.md 4, data_to). */
  public LocalDate dataTo(LocalDate asOf) {
    return end.isAfter(asOf) ? asOf : end;
  }

  public boolean complete(LocalDate asOf) {
    return !end.isAfter(asOf);
  }
}
