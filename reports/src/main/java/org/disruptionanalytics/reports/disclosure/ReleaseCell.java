package org.disruptionanalytics.reports.disclosure;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One cell of a {@link ReleaseProblem}: a value the release may publish, or (when {@code known}) a
 * value the intruder has from elsewhere, such as the previous release. Its value is
 * sum(coefficient * variable) over {@code terms} (variable index to coefficient).
 */
public record ReleaseCell(String id, long value, double keepPriority, SortedMap<Integer, Long> terms,
    boolean known) {

  public ReleaseCell {
    terms = Collections.unmodifiableSortedMap(new TreeMap<>(terms));
  }
}
