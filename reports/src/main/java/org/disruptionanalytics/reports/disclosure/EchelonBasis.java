package org.disruptionanalytics.reports.disclosure;

import java.util.TreeMap;

/**
 * An incremental row-echelon basis of the published rows, one row per pivot column. A row is in
 * their span exactly when it reduces to zero.
 */
final class EchelonBasis {

  private final TreeMap<Integer, ExactRow> byPivot = new TreeMap<>();

  /**
   * The row with every pivot column eliminated. Each step only touches columns at or after the one
   * eliminated (a basis row's entries start at its pivot), so one ascending pass suffices; the
   * result is zero exactly when the row is in the span.
   */
  ExactRow reduce(ExactRow row) {
    ExactRow reduced = row;
    Integer column = reduced.isZero() ? null : reduced.leading();
    while (column != null) {
      ExactRow pivot = byPivot.get(column);
      if (pivot != null) {
        reduced = reduced.eliminate(column, pivot);
      }
      column = reduced.after(column);
    }
    return reduced;
  }

  /** Adds a row already reduced against this basis and non-zero; returns its pivot column. */
  int add(ExactRow reduced) {
    int pivot = reduced.leading();
    if (byPivot.putIfAbsent(pivot, reduced) != null) {
      throw new IllegalArgumentException("row not reduced: pivot " + pivot + " taken");
    }
    return pivot;
  }

  int rank() {
    return byPivot.size();
  }
}
