package org.disruptionanalytics.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One period of the counts table with the span it counts and the span it is compared with
 * (CONTRACT.md section 3.3).
 *
 * @param dataTo the last day counted: min(end, as-of)
 * @param priorStart one year before start
 * @param priorEnd one year before dataTo; the last day of that month when dataTo ends its month
 * @param priorAvailable false when the prior span starts before the first month of the data
 */
public record ReportingPeriod(
    PeriodType type, String label, LocalDate start, LocalDate end, LocalDate dataTo,
    boolean complete, String priorLabel, LocalDate priorStart, LocalDate priorEnd,
    boolean priorAvailable) {

  /**
   * Every period whose first day lies between the first day of {@code firstMonth} and {@code
   * asOf}, except the rolling years labelled after the as-of month (they would repeat the year
   * ending with the as-of month, cut short).
   */
  public static List<ReportingPeriod> between(YearMonth firstMonth, LocalDate asOf) {
    List<ReportingPeriod> periods = new ArrayList<>();
    LocalDate seriesStart = firstMonth.atDay(1);
    for (PeriodType type : PeriodType.values()) {
      LocalDate start = type.start(firstMonth);
      while (start.isBefore(seriesStart)) {
        start = start.plusMonths(type.stepMonths());
      }
      for (; !start.isAfter(asOf); start = start.plusMonths(type.stepMonths())) {
        // A 12 months "ending" after the as-of month has not ended: R12 stops at the as-of month.
        if (type == PeriodType.R12 && YearMonth.from(type.end(start)).isAfter(YearMonth.from(asOf))) {
          break;
        }
        periods.add(of(type, start, asOf, seriesStart));
      }
    }
    return periods;
  }

  static ReportingPeriod of(PeriodType type, LocalDate start, LocalDate asOf, LocalDate seriesStart) {
    LocalDate end = type.end(start);
    LocalDate dataTo = end.isAfter(asOf) ? asOf : end;
    LocalDate priorStart = start.minusYears(1);
    return new ReportingPeriod(type, type.label(start), start, end, dataTo, !end.isAfter(asOf),
        type.label(priorStart), priorStart, yearBefore(dataTo), !priorStart.isBefore(seriesStart));
  }

  /**
   * The day a year before a span's last day: the same day of the month (or that month's last day
   * when it does not exist), except that a month's last day maps to the last day of the same
   * month a year earlier (28 February 2029 to 29 February 2028).
   */
  static LocalDate yearBefore(LocalDate day) {
    YearMonth month = YearMonth.from(day);
    if (day.equals(month.atEndOfMonth())) {
      return month.minusYears(1).atEndOfMonth();
    }
    return day.minusYears(1);
  }
}
