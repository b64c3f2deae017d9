package org.disruptionanalytics.reports.sections;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.text.ChangeWording;
import org.disruptionanalytics.reports.text.Description;
import org.disruptionanalytics.reports.text.DisplayNumber;
import org.disruptionanalytics.reports.text.PeriodName;

/** The words and display numbers the sections use, in one fixed locale; the rules live in reports.text. */
final class Words {
  private Words() {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  static String count(long n) {
    return DisplayNumber.count(n);
  }

  /** A change in counts with its sign: "+1,188", "−120", "0". */
  static String signed(long n) {
    return n > 0 ? "+" + count(n) : count(n);
  }

  static String month(YearMonth m) {
    return PeriodName.month(m);
  }

  static String day(LocalDate d) {
    return d.format(DAY);
  }

  /** "+46.1%" from the two counts, exactly (two decimals where one would land on a boundary). */
  static String pctChange(long current, long prior) {
    return DisplayNumber.percentChange(current, prior);
  }

  /** An interval bound to two decimals. */
  static String bound(double v) {
    return DisplayNumber.bound(v);
  }

  /** A part of a whole as a percentage to one decimal ("38.2%"), from the exact fraction. */
  static String percent(long part, long whole) {
    return DisplayNumber.percent(part, whole);
  }

  /** A measured share (a double such as 0.382) as a percentage to one decimal, half away from zero. */
  static String share(double share) {
    return new java.math.BigDecimal(Double.toString(share)).movePointRight(2)
        .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A mean such as 54.5 expected rows, to one decimal; "[x]" when there is none. */
  static String decimal(Double v) {
    return v == null ? "[x]"
        : new java.math.BigDecimal(Double.toString(v)).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * The change in the words of CONTRACT.md 5.2: the strongest true proportion ("rose by almost
   * half"), else the percentage ("rose by 4.2%"), or "unchanged", "fell to none", "up from none",
   * "none in either period", "no comparison: ...".
   */
  static String phrase(long current, Long prior, YearMonth seriesStart) {
    return ChangeWording.describe(current, prior, prior == null ? null : Boolean.TRUE, prior == null ? null : 0.0,
        null, false, seriesStart).change();
  }

  static Description change(long current, Long prior, Boolean significant, Double low, Double high,
      boolean provisional, YearMonth seriesStart) {
    return ChangeWording.describe(current, prior, significant, low, high, provisional, seriesStart);
  }

  /** The span a period is compared with, in words: "April 2024 to March 2025", "April to 31 October 2025". */
  static String priorPeriod(ReportingPeriod p) {
    return p.complete() ? PeriodName.full(p.type(), p.priorLabel())
        : PeriodName.month(java.time.YearMonth.from(p.priorStart())) + " to " + day(p.priorEnd());
  }

  /** The days a period counts, without "(to date)": "April 2026 to 15 May 2026" while it runs. */
  static String span(ReportingPeriod p) {
    return p.complete() ? PeriodName.full(p.type(), p.label())
        : PeriodName.month(YearMonth.from(p.start())) + " to " + day(p.dataTo());
  }

  /** A period in words: "April 2025 to March 2026", "year ending September 2025", "October 2026". */
  static String period(ReportingPeriod p) {
    return PeriodName.counted(p.type(), p.label(), p.dataTo());
  }
}
