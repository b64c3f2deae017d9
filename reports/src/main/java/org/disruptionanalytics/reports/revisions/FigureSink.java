package org.disruptionanalytics.reports.revisions;

import java.util.List;
import java.util.Map;

/**
 * Where the revisions section adds its figures: the report's figure list, so that they are
 * numbered in the order shown (the builder passes its own book's {@code add}).
 */
@FunctionalInterface
public interface FigureSink {

  /** Adds a figure and returns its index. */
  int add(String section, String table, String measure, Map<String, String> key, Object value, List<String> flags);
}
