package org.disruptionanalytics.generator;

/** A disruption's severity (CONTRACT.md 2), highest first: the highest of several has the smallest ordinal. */
enum Severity {
  MAJOR,
  MODERATE,
  MINOR;

  boolean above(Severity other) {
    return ordinal() < other.ordinal();
  }
}
