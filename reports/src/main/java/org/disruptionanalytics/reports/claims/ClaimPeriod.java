package org.disruptionanalytics.reports.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disruptionanalytics.contract.PeriodType;
import org.disruptionanalytics.reports.revisions.PeriodSpan;
import org.disruptionanalytics.reports.text.PeriodName;

/**
 * The period a claim is about: a period of marts/disruption_counts ("FY 2025-26", "CY 2024", "R12
 * 2025-09", "2026Q1", "2026-10") or a span of whole months ("2024-10..2025-09"), counted as the sum
 * of the months it covers.
 */
public sealed interface ClaimPeriod {

  String UNDERSTOOD = "understood are a period of the counts table (FY 2025-26, CY 2024, R12 2025-09, 2026Q1,"
      + " 2026-10) or a span of whole months (2024-10..2025-09)";

  /** A period of the counts table. */
  record Standard(PeriodType type, String label) implements ClaimPeriod {
    @Override
    public YearMonth first() {
      return YearMonth.from(PeriodSpan.of(type.name(), label).start());
    }

    @Override
    public YearMonth last() {
      return YearMonth.from(PeriodSpan.of(type.name(), label).end());
    }

    @Override
    public String text() {
      return switch (type) {
        case FY, CY, R12 -> type.name() + " " + label;
        case QUARTER, MONTH -> label;
      };
    }

    @Override
    public String words() {
      return (type == PeriodType.R12 ? "the " : "") + PeriodName.brief(type, label);
    }
  }

  /** Whole months from {@code first} to {@code last}, both included. */
  record MonthSpan(YearMonth first, YearMonth last) implements ClaimPeriod {
    @Override
    public String text() {
      return first + ".." + last;
    }

    @Override
    public String words() {
      if (first.equals(last)) {
        return PeriodName.month(first);
      }
      String from = first.getYear() == last.getYear()
          ? first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) : PeriodName.month(first);
      return from + " to " + PeriodName.month(last);
    }
  }

  YearMonth first();

  YearMonth last();

  /** As the claim names it, normalised: "FY 2025-26", "2026Q1", "2024-10..2025-09". */
  String text();

  /** In words, to follow "in": "FY 2025-26", "the year ending September 2025", "October 2024 to September 2025". */
  String words();

  /** Its length in whole months. */
  default int months() {
    return (int) ChronoUnit.MONTHS.between(first(), last()) + 1;
  }

  /** The months it covers, in order. */
  default List<YearMonth> monthList() {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = first(); !m.isAfter(last()); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  default LocalDate start() {
    return first().atDay(1);
  }

  Pattern FY = Pattern.compile("FY ?(\\d{4})[-/](\\d{2})");
  Pattern CY = Pattern.compile("CY ?(\\d{4})");
  Pattern R12 = Pattern.compile("R12 ?(\\d{4})-(\\d{2})");
  Pattern QUARTER = Pattern.compile("(?:QUARTER )?(\\d{4}) ?Q([1-4])");
  Pattern MONTH = Pattern.compile("(?:MONTH )?(\\d{4})-(\\d{2})");
  Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{2}) ?\\.\\. ?(\\d{4})-(\\d{2})");

  static ClaimPeriod parse(String said) {
    if (said == null || said.isBlank()) {
      throw unreadable(said, "no period given");
    }
    String s = said.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher m;
    if ((m = FY.matcher(s)).matches()) {
      int year = Integer.parseInt(m.group(1));
      if (Integer.parseInt(m.group(2)) != (year + 1) % 100) {
        throw unreadable(said, "a financial year runs from one year into the next, as FY 2025-26");
      }
      return new Standard(PeriodType.FY, m.group(1) + "-" + m.group(2));
    }
    if ((m = CY.matcher(s)).matches()) {
      return new Standard(PeriodType.CY, m.group(1));
    }
    if ((m = R12.matcher(s)).matches()) {
      return new Standard(PeriodType.R12, month(said, m.group(1), m.group(2)).toString());
    }
    if ((m = QUARTER.matcher(s)).matches()) {
      return new Standard(PeriodType.QUARTER, m.group(1) + "Q" + m.group(2));
    }
    if ((m = MONTH.matcher(s)).matches()) {
      return new Standard(PeriodType.MONTH, month(said, m.group(1), m.group(2)).toString());
    }
    if ((m = SPAN.matcher(s)).matches()) {
      YearMonth first = month(said, m.group(1), m.group(2));
      YearMonth last = month(said, m.group(3), m.group(4));
      if (last.isBefore(first)) {
        throw unreadable(said, "the span ends before it starts");
      }
      return new MonthSpan(first, last);
    }
    throw unreadable(said, "not a period the check knows");
  }

  private static YearMonth month(String said, String year, String month) {
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) {
      throw unreadable(said, "there is no month " + month);
    }
    return YearMonth.of(Integer.parseInt(year), m);
  }

  private static UnreadableClaim unreadable(String said, String why) {
    return new UnreadableClaim("cannot read the period \"" + said + "\" (" + why + "); " + UNDERSTOOD);
  }
}
