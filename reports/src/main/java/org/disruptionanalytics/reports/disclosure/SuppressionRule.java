package org.disruptionanalytics.reports.disclosure;

/**
 * What must be protected: cells with a value from 1 to {@code primaryMax} are suppressed, and no
 * suppressed cell may be narrowed to fewer than {@code minValues} integer values.
 */
public record SuppressionRule(long primaryMax, int minValues) {

  public SuppressionRule {
    if (primaryMax < 1) {
      throw new IllegalArgumentException("primaryMax must be at least 1: " + primaryMax);
    }
    if (minValues < 2) {
      throw new IllegalArgumentException("minValues must be at least 2: " + minValues);
    }
  }

  /** CONTRACT.md 5.3: counts 1 to 4 suppressed, at least three possible values each. */
  public static SuppressionRule standard() {
    return new SuppressionRule(4, 3);
  }

  boolean primary(long value) {
    return value >= 1 && value <= primaryMax;
  }
}
