package org.disruptionanalytics.reports.model;

/**
 * One cell of a table: what the CSV holds ({@code csv}: a Long, Double, Boolean, String, or a
 * {@link Shorthand}) and what HTML and Markdown show ({@code display}); {@code figure} is the
 * index of the report figure the cell shows, or -1 for keys, dates and labels.
 */
public record Cell(Object csv, String display, int figure) {

  /** A shorthand that stands in a data cell instead of a value: [c], [u], [x], [z]. */
  public enum Shorthand {
    C, U, X, Z;

    public String text() {
      return "[" + name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
  }

  public static Cell text(String value) {
    return new Cell(value, value == null ? "" : value, -1);
  }

  public static Cell of(Object csv, String display) {
    return new Cell(csv, display, -1);
  }

  public boolean isFigure() {
    return figure >= 0;
  }
}
