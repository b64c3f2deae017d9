package org.disruptionanalytics.generator;

/**
 * The contract's reason codes (CONTRACT.md 3.1), declared in the contract's order, so that the first
 * reason of a planted row, which names its outcome, is the one with the smallest ordinal.
 */
enum Reason {
  MALFORMED_ROW,
  MISSING_FIELD,
  BAD_DATE,
  BAD_TIMESTAMP,
  BAD_ENUM,
  BAD_NUMBER,
  FORCE_REQUIRED,
  UNKNOWN_FORCE,
  UNKNOWN_REGION,
  DATE_ORDER
}
