package org.disruptionanalytics.reports.disclosure;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of {@link Suppression#protect}: the cells to show as {@code [c]} (primary and
 * secondary, sorted by id), how many times the intruder was run, and what happened, in order.
 */
public record Protection(Set<String> primary, Set<String> secondary, int intruderRounds,
    List<String> log) {

  public Protection {
    primary = Collections.unmodifiableSortedSet(new TreeSet<>(primary));
    secondary = Collections.unmodifiableSortedSet(new TreeSet<>(secondary));
    log = List.copyOf(log);
  }

  public boolean suppressed(String id) {
    return primary.contains(id) || secondary.contains(id);
  }

  /** Primary and secondary together, sorted by id. */
  public Set<String> all() {
    TreeSet<String> all = new TreeSet<>(primary);
    all.addAll(secondary);
    return Collections.unmodifiableSortedSet(all);
  }
}
