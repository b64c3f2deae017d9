package org.disruptionanalytics.reports.revisions;

import java.util.Optional;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * What a report is compared with: the previous release's warehouse (empty for a first release),
 * and the record of the release being made, which a run has before its manifest is written.
 */
public record Baseline(ReleaseRecord current, Optional<WarehouseFiles> previous) {

  /** Nothing to compare with. */
  public static Baseline none() {
    return new Baseline(null, Optional.empty());
  }
}
