package org.disruptionanalytics.reports.revisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One figure of disruption_counts whose value changed since the previous release, for the same
 * key, measure and span.
 *
 * @param dataTo the last day counted, the same in both releases
 * @param flags the current figure's flags (without r)
 */
public record Revision(
    Map<String, String> key, String measure, PeriodSpan period, LocalDate dataTo, Object previous, Object current,
    List<String> flags) {

  public Revision {
    key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
    flags = List.copyOf(flags);
  }

  /** Which figures it revises: the same key and measure wherever the report shows them. */
  public FigureId id() {
    return new FigureId(key, measure);
  }

  /** current − previous for numbers; null for a change of a boolean. */
  public Object difference() {
    if (current instanceof Long c && previous instanceof Long p) {
      return c - p;
    }
    if (current instanceof Number c && previous instanceof Number p) {
      return c.doubleValue() - p.doubleValue();
    }
    return null;
  }

  /** A figure of disruption_counts by what selects it. */
  public record FigureId(Map<String, String> key, String measure) {
    public FigureId {
      key = Map.copyOf(key);
    }
  }
}
