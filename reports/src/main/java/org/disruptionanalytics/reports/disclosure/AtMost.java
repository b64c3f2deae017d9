package org.disruptionanalytics.reports.disclosure;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A relation always true of the data: sum(lhs) <= sum(rhs), terms as variable index to
 * coefficient. Joint events make agency and region rows non-additive, so they relate by these.
 */
public record AtMost(SortedMap<Integer, Long> lhs, SortedMap<Integer, Long> rhs) {

  public AtMost {
    lhs = Collections.unmodifiableSortedMap(new TreeMap<>(lhs));
    rhs = Collections.unmodifiableSortedMap(new TreeMap<>(rhs));
  }

  /** rhs - lhs, which is >= 0; variables on both sides are netted. */
  public SortedMap<Integer, Long> slack() {
    TreeMap<Integer, Long> slack = new TreeMap<>(rhs);
    lhs.forEach((variable, coefficient) -> slack.merge(variable, -coefficient, Long::sum));
    slack.values().removeIf(coefficient -> coefficient == 0);
    return Collections.unmodifiableSortedMap(slack);
  }
}
