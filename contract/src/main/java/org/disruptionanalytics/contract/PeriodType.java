package org.disruptionanalytics.contract;

import java.time.LocalDate;
import java.time.YearMonth;

/** The reporting periods of CONTRACT.md section 3.3, each with its labels and calendar rules. */
public enum PeriodType {
  MONTH,
  QUARTER,
  /** UK financial year, 1 April to 31 March. */
  FY,
  CY,
  /** The 12 months ending with a month: "year ending October 2026". */
  R12;

  /** First day of the period of this type that starts on or contains {@code month}'s first day. */
  LocalDate start(YearMonth labelMonth) {
    return switch (this) {
      case MONTH -> labelMonth.atDay(1);
      case QUARTER -> YearMonth.of(labelMonth.getYear(), (labelMonth.getMonthValue() - 1) / 3 * 3 + 1).atDay(1);
      case FY -> YearMonth.of(labelMonth.getMonthValue() >= 4 ? labelMonth.getYear() : labelMonth.getYear() - 1, 4).atDay(1);
      case CY -> YearMonth.of(labelMonth.getYear(), 1).atDay(1);
      case R12 -> labelMonth.minusMonths(11).atDay(1);
    };
  }

  /** Last day of the period that starts on {@code start}. */
  LocalDate end(LocalDate start) {
    return switch (this) {
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case FY, CY, R12 -> start.plusMonths(12).minusDays(1);
    };
  }

  /** The months between one period's start and the next's. */
  int stepMonths() {
    return switch (this) {
      case MONTH, R12 -> 1;
      case QUARTER -> 3;
      case FY, CY -> 12;
    };
  }

  /** The label of the period that starts on {@code start}: 2026-10, 2026Q3, 2025-26, 2026, 2026-10. */
  public String label(LocalDate start) {
    return switch (this) {
      case MONTH -> YearMonth.from(start).toString();
      case QUARTER -> start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case FY -> start.getYear() + "-" + String.format("%02d", (start.getYear() + 1) % 100);
      case CY -> Integer.toString(start.getYear());
      case R12 -> YearMonth.from(start).plusMonths(11).toString();
    };
  }
}
