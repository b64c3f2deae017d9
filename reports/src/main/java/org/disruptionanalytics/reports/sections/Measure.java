package org.disruptionanalytics.reports.sections;

import static org.disruptionanalytics.contract.Columns.*;

/** The measure columns of marts/disruption_counts, in the mart's order (CSV tables keep it). */
public enum Measure {
  DISRUPTIONS_(DISRUPTIONS, "Disruptions"),
  MAJOR_(MAJOR, "Major"),
  MODERATE_(MODERATE, "Moderate"),
  MINOR_(MINOR, "Minor"),
  PRIOR_DISRUPTIONS_(PRIOR_DISRUPTIONS, "A year earlier"),
  PRIOR_MAJOR_(PRIOR_MAJOR, "Major a year earlier"),
  PRIOR_MODERATE_(PRIOR_MODERATE, "Moderate a year earlier"),
  PRIOR_MINOR_(PRIOR_MINOR, "Minor a year earlier"),
  CHANGE_(CHANGE, "Change"),
  PCT_CHANGE_(PCT_CHANGE, "% change"),
  RATIO_CI95_LOW_(RATIO_CI95_LOW, "Ratio: 95% low"),
  RATIO_CI95_HIGH_(RATIO_CI95_HIGH, "95% high"),
  CHANGE_SIGNIFICANT_(CHANGE_SIGNIFICANT, "Significant");

  final String column;
  final String heading;

  Measure(String column, String heading) {
    this.column = column;
    this.heading = heading;
  }

  /** Measures whose reliability depends on the size of the prior (flag u under 10). */
  boolean comparesWithPrior() {
    return this == PCT_CHANGE_ || this == RATIO_CI95_LOW_ || this == RATIO_CI95_HIGH_ || this == CHANGE_SIGNIFICANT_;
  }
}
