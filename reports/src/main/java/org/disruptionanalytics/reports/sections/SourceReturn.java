package org.disruptionanalytics.reports.sections;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.warehouse.Table;

/** One row of marts/source_returns: a source's rows in a month against what it usually sends. */
public record SourceReturn(String dataset, String source, LocalDate month, long rows, Double expectedRows,
    Double ratioToExpected, String flag, Integer medianLag, Integer p90Lag) {

  static List<SourceReturn> read(Table t) {
    List<SourceReturn> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      out.add(new SourceReturn(t.string(DATASET, r), t.string(SOURCE_SYSTEM, r), t.date(MONTH, r), t.bigint(ROWS, r),
          t.float8(EXPECTED_ROWS, r), t.float8(RATIO_TO_EXPECTED, r), t.string(FLAG, r), t.integer(MEDIAN_LAG_DAYS, r),
          t.integer(P90_LAG_DAYS, r)));
    }
    out.sort(java.util.Comparator.comparing(SourceReturn::source).thenComparing(SourceReturn::month));
    return out;
  }

  Map<String, String> key() {
    Map<String, String> key = new LinkedHashMap<>();
    key.put(DATASET, dataset);
    key.put(SOURCE_SYSTEM, source);
    key.put(MONTH, month.toString());
    return key;
  }

  /** A measure of this row as a table cell and figure; a null value is not available ([x]). */
  Cell figure(FigureBook book, String section, String measure, Number value) {
    Object exact = value instanceof Integer i ? Long.valueOf(i) : value;
    int f = book.add(section, "source_returns", measure, key(), exact, value == null ? List.of("x") : List.of());
    if (value == null) {
      return new Cell(Cell.Shorthand.X, "[x]", f);
    }
    String display = value instanceof Double d ? org.disruptionanalytics.reports.text.DisplayNumber.bound(d)
        : Words.count(value.longValue());
    return new Cell(exact, display, f);
  }
}
