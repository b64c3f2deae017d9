package org.disruptionanalytics.reports.claims;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.disruptionanalytics.contract.Columns;
import org.disruptionanalytics.contract.PeriodType;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.revisions.Release;

/**
 * The counts the published release (reports/published) shows, by cell and measure: what a figure
 * quoted in public can be quoted from. A count is published when the release shows its value (not
 * [c]); the count of a quarter, year or span is published too when every month it adds up is
 * (the release's national monthly series gives any reader the national sums of its months).
 */
public final class PublishedFigures {

  private static final String COUNTS_TABLE = "disruption_counts";

  private final Map<String, Long> values = new HashMap<>();
  private final boolean exists;

  private PublishedFigures(boolean exists) {
    this.exists = exists;
  }

  public static PublishedFigures of(Optional<Release> release) {
    PublishedFigures p = new PublishedFigures(release.isPresent());
    release.ifPresent(r -> {
      for (Figure f : r.figures()) {
        if (COUNTS_TABLE.equals(f.table()) && f.value() instanceof Long v) {
          Map<String, String> k = f.key();
          p.values.put(key(k.get(Columns.THREAT_AREA), k.get(Columns.PERIOD_TYPE), k.get(Columns.PERIOD_LABEL),
              k.get(Columns.AGENCY_CODE), k.get(Columns.REGION_CODE), f.measure()), v);
        }
      }
    });
    return p;
  }

  /** Whether there is a release at all. */
  public boolean exists() {
    return exists;
  }

  /** The published value of a cell's measure, when the release shows it. */
  public Optional<Long> value(String threat, PeriodType type, String label, String agency, String region,
      String measure) {
    return Optional.ofNullable(values.get(key(threat, type.name(), label, agency, region, measure)));
  }

  /**
   * Whether a measure of a period is published: shown for the period itself, or, nationally, for
   * every month of it.
   */
  public boolean published(String threat, ClaimPeriod period, String agency, String region, String measure) {
    if (period instanceof ClaimPeriod.Standard s
        && value(threat, s.type(), s.label(), agency, region, measure).isPresent()) {
      return true;
    }
    return period.monthList().stream()
        .allMatch(m -> value(threat, PeriodType.MONTH, m.toString(), agency, region, measure).isPresent());
  }

  private static String key(String threat, String type, String label, String agency, String region,
      String measure) {
    return threat + '\u0000' + type + '\u0000' + label + '\u0000' + agency + '\u0000' + region + '\u0000' + measure;
  }
}
