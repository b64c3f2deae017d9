package org.disruptionanalytics.reports.model;

import java.util.List;

/**
 * A table of the report: rendered in HTML and Markdown (the displayed columns) and written whole
 * to {@code tables/<name>.csv}.
 */
public record DataTable(String name, String caption, List<Column> columns, List<List<Cell>> rows) {

  /**
   * {@code csvName} heads the CSV column (null: shown only, such as a period in words);
   * {@code heading} the displayed one (null: CSV only, such as the key columns).
   */
  public record Column(String csvName, String heading, boolean numeric) {
    public boolean displayed() {
      return heading != null;
    }

    public boolean inCsv() {
      return csvName != null;
    }
  }

  public DataTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<Cell> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("table " + name + ": a row of " + row.size() + " cells for "
            + columns.size() + " columns");
      }
    }
  }

  public List<Integer> displayedColumns() {
    return java.util.stream.IntStream.range(0, columns.size()).filter(i -> columns.get(i).displayed()).boxed().toList();
  }

  public List<Integer> csvColumns() {
    return java.util.stream.IntStream.range(0, columns.size()).filter(i -> columns.get(i).inCsv()).boxed().toList();
  }
}
