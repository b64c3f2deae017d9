package org.disruptionanalytics.reports.sections;

import java.util.Set;
import org.disruptionanalytics.reports.disclosure.Protection;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.model.Cell.Shorthand;

/**
 * The published release's rule for counts cells (CONTRACT.md 5.3): a suppressed count is [c]; a
 * change, percentage, interval or significance is [c] where either count is suppressed and [u]
 * where the prior is under 10. A count that is not one of the release's checked cells is never
 * shown.
 */
final class ReleaseDisclosure implements Disclosure {

  private static final Set<Measure> COMPARISONS = Set.of(Measure.CHANGE_, Measure.PCT_CHANGE_, Measure.RATIO_CI95_LOW_,
      Measure.RATIO_CI95_HIGH_, Measure.CHANGE_SIGNIFICANT_);

  private final Protection protection;
  private final Set<String> checked;

  ReleaseDisclosure(Protection protection, Set<String> checked) {
    this.protection = protection;
    this.checked = checked;
  }

  @Override
  public Shorthand hidden(CountCell c, Measure m) {
    if (!COMPARISONS.contains(m)) {
      if (m.name().startsWith("PRIOR_") && c.priorDisruptions() == null) {
        // Not available, not suppressed: shown as [x].
        return null;
      }
      String id = ReleaseCells.id(c, m);
      return !checked.contains(id) || protection.suppressed(id) ? Shorthand.C : null;
    }
    if (c.priorDisruptions() == null) {
      return null;
    }
    if (hidden(c, Measure.DISRUPTIONS_) != null || hidden(c, Measure.PRIOR_DISRUPTIONS_) != null) {
      return Shorthand.C;
    }
    return c.priorDisruptions() < CountFigures.LOW_BASE ? Shorthand.U : null;
  }
}
