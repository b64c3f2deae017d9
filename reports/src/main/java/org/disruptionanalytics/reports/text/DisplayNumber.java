package org.disruptionanalytics.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as reports show them (CONTRACT.md sections 5.1 and 5.2): counts with thousands
 * separators, percentages and ratios to one decimal, interval bounds to two, rounded half away
 * from zero. Percentages and ratios of counts are rounded from the exact fraction of the two
 * counts, never from a double. The locale is fixed (UK); the default locale is never used.
 */
public final class DisplayNumber {

  /** The sign of a negative number: U+2212 MINUS SIGN, as the contract writes "−10.0". */
  public static final String MINUS = "\u2212";

  private DisplayNumber() {}

  /** 3766 as "3,766"; a negative count (a change) as "−3,766". */
  public static String count(long n) {
    String digits = String.format(Locale.UK, "%,d", n);
    return n < 0 ? MINUS + digits.substring(1) : digits;
  }

  /**
   * The percentage change from prior to current, 100 * (current - prior) / prior, signed: "+"
   * for a rise, "−" for a fall, none when unchanged. The sign follows the exact change, so a rise
   * too small to show is "+0.0%". One decimal, except where one decimal would show a boundary of
   * the proportion table that the exact value is not on ({@link #percentChangeScale}).
   */
  public static String percentChange(long current, long prior) {
    requireCounts(current, prior);
    Fraction ratio = Fraction.of(current, prior);
    int sign = Long.compare(current, prior);
    return (sign > 0 ? "+" : sign < 0 ? MINUS : "") + unsignedPercentChange(ratio);
  }

  /** A share of a whole as a percentage, one decimal: 1 of 3 is "33.3%". */
  public static String percent(long part, long whole) {
    requireCounts(part, whole);
    return Fraction.of(part, whole).percent(1).toPlainString() + "%";
  }

  /** The ratio current / prior, one decimal: 3766 against 2578 is "1.5". */
  public static String ratio(long current, long prior) {
    requireCounts(current, prior);
    return Fraction.of(current, prior).rounded(1).toPlainString();
  }

  /**
   * An interval bound, two decimals. The bound is a double with no fraction behind it, so the
   * decimal rounded is the one CSV and JSON print for it (the shortest that reads back as the same
   * double): a reader who rounds the published 1.005 gets the "1.01" shown, not the "1.00" that
   * the double's binary value, 1.00499999999999989..., would give.
   */
  public static String bound(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite bound: " + value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    return rounded.signum() < 0 ? MINUS + rounded.negate().toPlainString() : rounded.toPlainString();
  }

  /** The size of the percentage change of {@code ratio}, without a sign: "46.1%". */
  static String unsignedPercentChange(Fraction ratio) {
    return ratio.percentChange(percentChangeScale(ratio)).abs().toPlainString() + "%";
  }

  /**
   * The decimals a percentage change is shown with: one, unless that would show the same figure
   * as a boundary of the proportion table the ratio is not on (so that "+33.3%" is only ever a
   * rise of exactly a third). Then two, as the contract says, and more while two still show the
   * boundary's own figure at that many decimals (33.33 just above a third shows "+33.334%"), so
   * that the figure never looks like the boundary it missed.
   */
  static int percentChangeScale(Fraction ratio) {
    int scale = 1;
    for (Fraction boundary : ChangeWording.BOUNDARIES) {
      if (!boundary.equals(ratio)) {
        while (ratio.percentChange(scale).equals(boundary.percentChange(scale))) {
          scale++;
        }
      }
    }
    return scale;
  }

  private static void requireCounts(long numerator, long denominator) {
    if (numerator < 0 || denominator <= 0) {
      throw new IllegalArgumentException("counts " + numerator + " of " + denominator);
    }
  }
}
