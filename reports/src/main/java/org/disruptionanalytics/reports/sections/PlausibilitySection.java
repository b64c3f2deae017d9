package org.disruptionanalytics.reports.sections;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.DataTable.Column;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;
import org.disruptionanalytics.reports.warehouse.Table;

/**
 * Kept rows that pass validation but look wrong: an OPEN investigation with a closed_date, a
 * group assessed after the as-of, a disruption recorded more than 365 days after it happened.
 * Read from the clean tables, every threat area.
 */
public final class PlausibilitySection {

  static final String ID = "plausibility";
  static final int LONG_LAG_DAYS = 365;

  private PlausibilitySection() {}

  public record Finding(String check, String table, String source, String record, String detail) {}

  static List<Finding> investigations(Table t) {
    List<Finding> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      if ("OPEN".equals(t.string(STATUS, r)) && t.date(CLOSED_DATE, r) != null) {
        out.add(new Finding("open_with_closed_date", "clean/investigations", t.string(SOURCE_SYSTEM, r),
            t.string(SOURCE_SYSTEM, r) + ":" + t.string(INVESTIGATION_ID, r), "OPEN, closed " + t.date(CLOSED_DATE, r)));
      }
    }
    return out;
  }

  static List<Finding> register(Table t, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      LocalDate assessed = t.date(LAST_ASSESSED_DATE, r);
      if (assessed != null && assessed.isAfter(asOf)) {
        out.add(new Finding("assessed_after_as_of", "clean/ocg_register", t.string(LIST_NAME, r), t.string(OCG_REF, r),
            "last assessed " + assessed));
      }
    }
    return out;
  }

  static List<Finding> disruptions(Table t) {
    List<Finding> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      LocalDate happened = t.date(DISRUPTION_DATE, r);
      LocalDate recorded = t.date(RECORDED_DATE, r);
      long lag = ChronoUnit.DAYS.between(happened, recorded);
      if (lag > LONG_LAG_DAYS) {
        out.add(new Finding("recording_lag_over_365_days", "clean/disruptions", t.string(SOURCE_SYSTEM, r),
            t.string(SOURCE_SYSTEM, r) + ":" + t.string(DISRUPTION_ID, r), lag + " days (" + happened + " to " + recorded + ")"));
      }
    }
    return out;
  }

  static Section build(FigureBook book, List<Finding> findings) {
    List<Block> blocks = new ArrayList<>();
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(java.util.Comparator.comparing(Finding::check).thenComparing(Finding::source)
        .thenComparing(Finding::record).thenComparing(Finding::detail));
    List<List<Inline>> items = new ArrayList<>();
    for (String[] check : new String[][] {
        {"open_with_closed_date", "clean/investigations", "OPEN investigations with a closed_date"},
        {"assessed_after_as_of", "clean/ocg_register", "register rows whose last_assessed_date is after the as-of"},
        {"recording_lag_over_365_days", "clean/disruptions", "disruptions recorded more than 365 days after they happened"}}) {
      long n = sorted.stream().filter(f -> f.check().equals(check[0])).count();
      Map<String, String> key = new LinkedHashMap<>();
      key.put("check", check[0]);
      int f = book.add(ID, check[1], "count", key, n, List.of());
      items.add(List.of(new Inline.FigureText(f, Words.count(n)), Inline.text(" " + check[2] + ".")));
    }
    blocks.add(new Block.Paragraph(List.of(Inline.text("Rows that pass validation but look implausible; they are"
        + " counted as recorded, and listed here for their source to check."))));
    blocks.add(new Block.Bullets(items));
    List<List<Cell>> rows = new ArrayList<>();
    for (Finding f : sorted) {
      rows.add(List.of(Cell.text(f.check()), Cell.text(f.table()), Cell.text(f.source()), Cell.text(f.record()),
          Cell.text(f.detail())));
    }
    blocks.add(new Block.Table(new DataTable("plausibility", "Implausible rows", List.of(
        new Column("check", "Check", false), new Column("table", "Table", false),
        new Column(SOURCE_SYSTEM, "Source", false), new Column("record", "Record", false),
        new Column("detail", "Detail", false)), rows)));
    return new Section(ID, "Plausibility warnings", blocks);
  }
}
