package org.disruptionanalytics.reports.text;

/** Which case of CONTRACT.md section 5.2 a change falls in. */
public enum Direction {
  /** current > prior > 0. */
  RISE,
  /** prior > current > 0. */
  FALL,
  /** current = prior > 0. */
  UNCHANGED,
  /** current > 0 against a prior of 0: "up from none". */
  FROM_NONE,
  /** 0 against a positive prior: "fell to none". */
  TO_NONE,
  /** 0 against 0: "none in either period". */
  NONE_EITHER,
  /** prior null: the prior span starts before the series. */
  NO_COMPARISON
}
