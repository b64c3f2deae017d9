package org.disruptionanalytics.reports.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A non-negative ratio held exactly as a quotient of two decimals: current / prior of two counts,
 * a bound of the proportion table, or an interval bound (a double, whose binary value is a finite
 * decimal). Compared by cross-multiplication, never through a rounded value.
 */
record ExactRatio(BigDecimal numerator, BigDecimal denominator) implements Comparable<ExactRatio> {

  static final ExactRatio ONE = new ExactRatio(BigDecimal.ONE, BigDecimal.ONE);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  ExactRatio {
    if (numerator.signum() < 0 || denominator.signum() <= 0) {
      throw new IllegalArgumentException("not a non-negative ratio: " + numerator + "/" + denominator);
    }
  }

  static ExactRatio of(long numerator, long denominator) {
    return new ExactRatio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** The double's exact binary value (new BigDecimal(double), not its shortest decimal). */
  static ExactRatio of(double value) {
    return new ExactRatio(new BigDecimal(value), BigDecimal.ONE);
  }

  static ExactRatio of(BigDecimal value) {
    return new ExactRatio(value, BigDecimal.ONE);
  }

  @Override
  public int compareTo(ExactRatio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** 100 × (this − 1) for a rise, 100 × (1 − this) for a fall, rounded half away from zero. */
  BigDecimal percentChange(boolean rise, int scale) {
    BigDecimal change = rise ? numerator.subtract(denominator) : denominator.subtract(numerator);
    return change.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_UP);
  }

  /**
   * prior × (this − 1) for a rise, prior × (1 − this) for a fall, the change in counts this ratio
   * stands for, compared with n: the sign of (change − n).
   */
  int compareCountChange(boolean rise, long prior, long n) {
    BigDecimal change = (rise ? numerator.subtract(denominator) : denominator.subtract(numerator))
        .multiply(BigDecimal.valueOf(prior));
    return change.compareTo(BigDecimal.valueOf(n).multiply(denominator));
  }

  /** The change in counts of {@link #compareCountChange}, rounded half away from zero to a whole count. */
  BigDecimal countChange(boolean rise, long prior) {
    BigDecimal change = (rise ? numerator.subtract(denominator) : denominator.subtract(numerator))
        .multiply(BigDecimal.valueOf(prior));
    return change.divide(denominator, 0, RoundingMode.HALF_UP);
  }

  /** This value rounded half away from zero. */
  BigDecimal rounded(int scale) {
    return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
  }
}
