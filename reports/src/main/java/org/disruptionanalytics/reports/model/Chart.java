package org.disruptionanalytics.reports.model;

import java.util.List;

/**
 * A chart: the numbers it draws and the words that describe them. The same numbers are in a
 * table next to it; {@code description} states them for readers who cannot see the chart.
 *
 * @param categories one label per bar or point (months, regions)
 * @param marked categories drawn as provisional (hatched and labelled, never by colour alone)
 */
public record Chart(
    String id, Kind kind, String title, String description, List<String> categories, List<Series> series,
    List<Boolean> marked, String markNote) {

  public enum Kind {
    /** Vertical bars per category (the first series), with an optional line (the second). */
    COLUMNS_WITH_LINE,
    /** Horizontal bars per category, labelled with their values. */
    BARS
  }

  /** Values may be null where there is none (a rolling year not yet available). */
  public record Series(String name, List<Double> values) {
    public Series {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
  }

  public Chart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    marked = List.copyOf(marked);
  }
}
