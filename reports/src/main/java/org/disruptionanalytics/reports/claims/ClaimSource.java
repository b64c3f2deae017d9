package org.disruptionanalytics.reports.claims;

import java.util.HashMap;
import java.util.Map;
import org.disruptionanalytics.contract.ThreatAreas;
import org.disruptionanalytics.reports.RunFacts;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.revisions.Release;
import org.disruptionanalytics.reports.sections.ReportContext;
import org.disruptionanalytics.reports.sections.SummaryBuilder;
import org.disruptionanalytics.reports.warehouse.Table;
import org.disruptionanalytics.reports.warehouse.Warehouse;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * What claims are checked against, read once from a warehouse: its as-of and first month, the
 * counts mart (every threat area) and its published release.
 */
public final class ClaimSource {

  private ClaimSource() {}

  public static ClaimCheck read(WarehouseFiles files) {
    ReportContext ctx = RunFacts.read(files, Claim.DEFAULT_THREAT);
    Map<String, Counts> counts = new HashMap<>();
    try (Warehouse w = Warehouse.open(files); Table t = w.read(SummaryBuilder.COUNTS)) {
      for (String threat : ThreatAreas.ALL) {
        counts.put(threat, Counts.read(t, threat, ctx.seriesStart(), ctx.asOf()));
      }
    }
    return new ClaimCheck(counts::get, ctx, PublishedFigures.of(Release.published(files)));
  }
}
