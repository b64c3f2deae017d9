package org.disruptionanalytics.reports.claims;

/** What a reader of the verdict must also know; a claim carries any that apply, in this order. */
public enum Caveat {
  /** The period is still running at the as-of day: its figures will be revised. */
  PROVISIONAL,
  /** The 95% interval of the ratio includes 1. */
  NOT_SIGNIFICANT,
  /** The phrase fails at the interval's bound nearer no change. */
  NOT_ROBUST,
  /** A stronger phrase of the table holds. */
  UNDERSTATED,
  /** The figures are suppressed in, or absent from, the published release. */
  NOT_PUBLISHED
}
