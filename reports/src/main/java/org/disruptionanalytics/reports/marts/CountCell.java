package org.disruptionanalytics.reports.marts;

import java.time.LocalDate;

/**
 * One row of marts/disruption_counts. A cell that the mart leaves out (count and prior both 0) is
 * made by {@link Counts#cell} with zeros, so the report can show a known zero.
 */
public record CountCell(
    String threatArea, String periodType, String periodLabel, LocalDate periodStart, LocalDate periodEnd,
    LocalDate dataTo, boolean complete, String agencyCode, String regionCode, long disruptions, long major,
    long moderate, long minor, String priorPeriodLabel, Long priorDisruptions, Long priorMajor,
    Long priorModerate, Long priorMinor, Long change, Double pctChange, Double ratioLow, Double ratioHigh,
    Boolean changeSignificant) {

  /** The count of one severity: MAJOR, MODERATE or MINOR. */
  public long severity(String severity) {
    return switch (severity) {
      case "MAJOR" -> major;
      case "MODERATE" -> moderate;
      case "MINOR" -> minor;
      default -> throw new IllegalArgumentException(severity);
    };
  }

  public Long priorSeverity(String severity) {
    return switch (severity) {
      case "MAJOR" -> priorMajor;
      case "MODERATE" -> priorModerate;
      case "MINOR" -> priorMinor;
      default -> throw new IllegalArgumentException(severity);
    };
  }
}
