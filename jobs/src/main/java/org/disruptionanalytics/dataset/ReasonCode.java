package org.disruptionanalytics.dataset;

/** Why a row is quarantined, in the order of CONTRACT.md section 3.1: a row's outcome is its first. */
public enum ReasonCode {
  MALFORMED_ROW,
  MISSING_FIELD,
  BAD_DATE,
  BAD_TIMESTAMP,
  BAD_ENUM,
  BAD_NUMBER,
  FORCE_REQUIRED,
  UNKNOWN_FORCE,
  UNKNOWN_REGION,
  DATE_ORDER,
  /** Not a validation reason: the latest versions of a record disagree (section 3.1 step 3). */
  DUPLICATE_CONFLICT
}
