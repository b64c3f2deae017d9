package org.disruptionanalytics.reports.sections;

import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.model.Cell.Shorthand;

/**
 * What a release may show of a counts cell: the internal report shows everything; the published
 * one hides suppressed counts ([c]) and every comparison resting on one, and comparisons whose base
 * is under 10 ([u]).
 */
public interface Disclosure {

  /** The shorthand shown instead of the measure, or null when it is shown. */
  Shorthand hidden(CountCell c, Measure m);

  /** The internal release: every figure exact. */
  static Disclosure none() {
    return (c, m) -> null;
  }
}
