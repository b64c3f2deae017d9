package org.disruptionanalytics.reports.claims;

/** The answer to a claim, with r = current / prior compared exactly. */
public enum Verdict {
  /** The change is at least what the phrase says. */
  SUPPORTED,
  /** Right direction, but the change is smaller than the phrase says. */
  OVERSTATED,
  /** The change is the other way, or none. */
  WRONG_DIRECTION,
  /** Nothing to compare: a period not in the warehouse, no prior, both counts 0, or a proportion of none. */
  NOT_COMPARABLE
}
