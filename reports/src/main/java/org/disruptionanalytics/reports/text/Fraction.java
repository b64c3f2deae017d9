package org.disruptionanalytics.reports.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A non-negative fraction of integers in lowest terms, so that equal values are equal records: the
 * ratio current / prior of two counts, or a boundary of the proportion table. Compared by
 * cross-multiplication in BigInteger, never through a double.
 */
record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  Fraction {
    if (numerator < 0 || denominator <= 0) {
      throw new IllegalArgumentException("not a non-negative fraction: " + numerator + "/" + denominator);
    }
    long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValueExact();
    numerator /= gcd;
    denominator /= gcd;
  }

  static Fraction of(long numerator, long denominator) {
    return new Fraction(numerator, denominator);
  }

  @Override
  public int compareTo(Fraction other) {
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  boolean above(Fraction other) {
    return compareTo(other) > 0;
  }

  boolean below(Fraction other) {
    return compareTo(other) < 0;
  }

  /** 100 * (this - 1), the percentage change this ratio stands for, rounded half away from zero. */
  BigDecimal percentChange(int scale) {
    BigInteger change = BigInteger.valueOf(numerator).subtract(BigInteger.valueOf(denominator));
    return divide(change.multiply(HUNDRED), scale);
  }

  /** 100 * this, a share as a percentage, rounded half away from zero. */
  BigDecimal percent(int scale) {
    return divide(BigInteger.valueOf(numerator).multiply(HUNDRED), scale);
  }

  /** This value rounded half away from zero. */
  BigDecimal rounded(int scale) {
    return divide(BigInteger.valueOf(numerator), scale);
  }

  // BigDecimal.divide with a scale rounds the exact quotient once; HALF_UP is half away from zero.
  private BigDecimal divide(BigInteger dividend, int scale) {
    return new BigDecimal(dividend).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }
}
