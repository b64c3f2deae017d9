package org.disruptionanalytics.reports.text;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disruptionanalytics.contract.PeriodType;

/**
 * Periods in words (CONTRACT.md sections 3.3 and 5.1) from their type and label, with UK month
 * names whatever the default locale.
 *
 * <ul>
 *   <li>{@link #full}: MONTH 2026-10 "October 2026", QUARTER 2026Q3 "July to September 2026", FY
 *       2025-26 "April 2025 to March 2026", CY 2026 "January to December 2026", R12 2025-09
 *       "year ending September 2025".
 *   <li>{@link #brief}: FY "FY 2025-26" and CY "2026"; the others as {@link #full}.
 *   <li>{@link #counted}: the span a running period counts, "April 2026 to 31 October 2026 (to
 *       date)"; the full name once the period is complete.
 * </ul>
 */
public final class PeriodName {

  /** 2026-10 for MONTH and R12, 2025-26 for FY. */
  private static final Pattern YEAR_DASH_TWO_DIGITS = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER_LABEL = Pattern.compile("(\\d{4})Q([1-4])");
  private static final Pattern CY_LABEL = Pattern.compile("\\d{4}");

  private PeriodName() {}

  /** "October 2026". */
  public static String month(YearMonth month) {
    return monthName(month.getMonth()) + " " + month.getYear();
  }

  /** The period written out, as headings and tables (beside the label) show it. */
  public static String full(PeriodType type, String label) {
    YearMonth first = firstMonth(type, label);
    YearMonth last = lastMonth(type, first);
    return switch (type) {
      case MONTH -> month(first);
      case QUARTER, CY -> monthName(first.getMonth()) + " to " + month(last);
      case FY -> month(first) + " to " + month(last);
      case R12 -> "year ending " + month(last);
    };
  }

  /** The short name where one is in common use: "FY 2025-26", "2026"; otherwise {@link #full}. */
  public static String brief(PeriodType type, String label) {
    firstMonth(type, label);
    return switch (type) {
      case FY -> "FY " + label;
      case CY -> label;
      case MONTH, QUARTER, R12 -> full(type, label);
    };
  }

  /**
   * The span counted up to {@code dataTo}: for a running period "April 2026 to 31 October 2026
   * (to date)", or "1 to 15 October 2026 (to date)" within its first month; for a complete one
   * ({@code dataTo} its last day), {@link #full}.
   */
  public static String counted(PeriodType type, String label, LocalDate dataTo) {
    YearMonth first = firstMonth(type, label);
    LocalDate start = first.atDay(1);
    LocalDate end = lastMonth(type, first).atEndOfMonth();
    if (dataTo.isBefore(start) || dataTo.isAfter(end)) {
      throw new IllegalArgumentException(dataTo + " is outside " + type + " " + label);
    }
    if (dataTo.equals(end)) {
      return full(type, label);
    }
    String to = day(dataTo) + " (to date)";
    if (YearMonth.from(dataTo).equals(first)) {
      return dataTo.equals(start) ? to : "1 to " + to;
    }
    return month(first) + " to " + to;
  }

  /** "15 October 2026". */
  public static String day(LocalDate day) {
    return day.getDayOfMonth() + " " + month(YearMonth.from(day));
  }

  private static String monthName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.UK);
  }

  private static YearMonth lastMonth(PeriodType type, YearMonth first) {
    return switch (type) {
      case MONTH -> first;
      case QUARTER -> first.plusMonths(2);
      case FY, CY, R12 -> first.plusMonths(11);
    };
  }

  /** The period's first month, from a label of CONTRACT.md section 3.3; a malformed one is refused. */
  private static YearMonth firstMonth(PeriodType type, String label) {
    return switch (type) {
      case MONTH -> yearMonth(match(YEAR_DASH_TWO_DIGITS, type, label), type, label);
      case R12 -> yearMonth(match(YEAR_DASH_TWO_DIGITS, type, label), type, label).minusMonths(11);
      case QUARTER -> {
        Matcher m = match(QUARTER_LABEL, type, label);
        yield YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2);
      }
      case FY -> {
        Matcher m = match(YEAR_DASH_TWO_DIGITS, type, label);
        int year = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (year + 1) % 100) {
          throw badLabel(type, label);
        }
        yield YearMonth.of(year, Month.APRIL);
      }
      case CY -> YearMonth.of(Integer.parseInt(match(CY_LABEL, type, label).group()), Month.JANUARY);
    };
  }

  private static YearMonth yearMonth(Matcher m, PeriodType type, String label) {
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      throw badLabel(type, label);
    }
    return YearMonth.of(Integer.parseInt(m.group(1)), month);
  }

  private static Matcher match(Pattern pattern, PeriodType type, String label) {
    Matcher m = pattern.matcher(label);
    if (!m.matches()) {
      throw badLabel(type, label);
    }
    return m;
  }

  private static IllegalArgumentException badLabel(PeriodType type, String label) {
    return new IllegalArgumentException("not a " + type + " label: " + label);
  }
}
