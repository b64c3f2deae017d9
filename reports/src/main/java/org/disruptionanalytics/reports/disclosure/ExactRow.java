package org.disruptionanalytics.reports.disclosure;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A sparse row vector of integers over the variables, kept primitive (content 1, leading entry
 * positive): fraction-free elimination in BigInteger never rounds, so the rank test is exact.
 */
final class ExactRow {

  private final NavigableMap<Integer, BigInteger> entries;

  private ExactRow(NavigableMap<Integer, BigInteger> entries) {
    this.entries = entries;
  }

  static ExactRow of(Map<Integer, Long> terms) {
    TreeMap<Integer, BigInteger> entries = new TreeMap<>();
    terms.forEach((column, value) -> {
      if (value != 0) {
        entries.put(column, BigInteger.valueOf(value));
      }
    });
    return normalized(entries);
  }

  boolean isZero() {
    return entries.isEmpty();
  }

  /** The first non-zero column; only for a non-zero row. */
  int leading() {
    return entries.firstKey();
  }

  BigInteger get(int column) {
    return entries.getOrDefault(column, BigInteger.ZERO);
  }

  /** The next non-zero column after {@code column}, or null. */
  Integer after(int column) {
    return entries.higherKey(column);
  }

  Set<Integer> columns() {
    return Collections.unmodifiableSet(entries.keySet());
  }

  /**
   * this * p[c] - pivot * this[c], which is zero at column c: one fraction-free elimination step.
   * {@code pivot} must be non-zero at c.
   */
  ExactRow eliminate(int column, ExactRow pivot) {
    BigInteger mine = get(column);
    if (mine.signum() == 0) {
      return this;
    }
    BigInteger theirs = pivot.get(column);
    TreeMap<Integer, BigInteger> result = new TreeMap<>();
    entries.forEach((c, v) -> result.put(c, v.multiply(theirs)));
    pivot.entries.forEach((c, v) -> result.merge(c, v.multiply(mine).negate(), BigInteger::add));
    result.values().removeIf(v -> v.signum() == 0);
    return normalized(result);
  }

  private static ExactRow normalized(TreeMap<Integer, BigInteger> entries) {
    if (entries.isEmpty()) {
      return new ExactRow(entries);
    }
    BigInteger gcd = BigInteger.ZERO;
    for (BigInteger v : entries.values()) {
      gcd = gcd.gcd(v);
    }
    if (entries.firstEntry().getValue().signum() < 0) {
      gcd = gcd.negate();
    }
    if (!gcd.equals(BigInteger.ONE)) {
      BigInteger divisor = gcd;
      entries.replaceAll((c, v) -> v.divide(divisor));
    }
    return new ExactRow(entries);
  }
}
