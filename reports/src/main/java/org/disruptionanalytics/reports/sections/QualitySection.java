package org.disruptionanalytics.reports.sections;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.DataTable.Column;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;
import org.disruptionanalytics.reports.warehouse.Table;

/**
 * Data quality by source system, from marts/data_quality (every row read and its outcome) and the
 * recording lag of each source's latest complete month, from marts/source_returns.
 */
public final class QualitySection {

  static final String ID = "data-quality";
  static final String QUARANTINED = "QUARANTINED:";
  static final List<String> OUTCOMES = List.of("VALID", "QUARANTINED", "AFTER_AS_OF", "DUPLICATE_DROPPED",
      "SUPERSEDED", "LINKED_SAME_LIST");

  private QualitySection() {}

  public record Count(String dataset, String source, String outcome, long rows) {}

  static List<Count> counts(Table t) {
    List<Count> counts = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      counts.add(new Count(t.string(DATASET, r), t.string(SOURCE_SYSTEM, r), t.string(OUTCOME, r), t.bigint(ROWS, r)));
    }
    return counts;
  }

  static Section build(FigureBook book, List<Count> counts, List<SourceReturn> returns, ReportContext ctx) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(List.of(Inline.text("Every row read from every source ends in one outcome: kept"
        + " (VALID), quarantined with its reasons, after the as-of, a dropped identical duplicate, or superseded by a"
        + " later version of the same record. Rows read are the sum of the outcomes."))));
    Map<String, Map<String, Long>> bySource = new TreeMap<>();
    Map<String, Long> reasons = new TreeMap<>();
    for (Count c : counts) {
      String group = c.outcome().startsWith(QUARANTINED) ? "QUARANTINED" : c.outcome();
      bySource.computeIfAbsent(c.dataset() + '\u0000' + c.source(), k -> new LinkedHashMap<>())
          .merge(group, c.rows(), Long::sum);
      if (c.outcome().startsWith(QUARANTINED)) {
        reasons.merge(c.dataset() + '\u0000' + c.source() + '\u0000' + c.outcome(), c.rows(), Long::sum);
      }
    }
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(DATASET, "Dataset", false));
    columns.add(new Column(SOURCE_SYSTEM, "Source system", false));
    columns.add(new Column("rows_read", "Rows read", true));
    OUTCOMES.forEach(o -> columns.add(new Column(o.toLowerCase(java.util.Locale.ROOT), o.equals("QUARANTINED")
        ? "Quarantined" : o, true)));
    List<List<Cell>> rows = new ArrayList<>();
    bySource.forEach((k, m) -> {
      String[] parts = k.split("\u0000", -1);
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(parts[0]));
      row.add(Cell.text(parts[1]));
      long read = m.values().stream().mapToLong(Long::longValue).sum();
      row.add(figure(book, parts[0], parts[1], "ALL", read));
      for (String o : OUTCOMES) {
        row.add(figure(book, parts[0], parts[1], o.equals("QUARANTINED") ? "QUARANTINED:*" : o, m.getOrDefault(o, 0L)));
      }
      rows.add(row);
    });
    blocks.add(new Block.Table(new DataTable("data_quality", "Rows read by dataset and source system, by outcome",
        columns, rows)));

    List<List<Cell>> reasonRows = new ArrayList<>();
    reasons.forEach((k, n) -> {
      String[] parts = k.split("\u0000", -1);
      reasonRows.add(List.of(Cell.text(parts[0]), Cell.text(parts[1]), Cell.text(parts[2].substring(QUARANTINED.length())),
          figure(book, parts[0], parts[1], parts[2], n)));
    });
    if (reasonRows.isEmpty()) {
      blocks.add(new Block.Paragraph(List.of(Inline.text("No row was quarantined."))));
    }
    blocks.add(new Block.Table(new DataTable("quarantine_reasons", "Quarantined rows by reason (the first that"
        + " applies)", List.of(new Column(DATASET, "Dataset", false), new Column(SOURCE_SYSTEM, "Source system", false),
        new Column("reason", "Reason", false), new Column(ROWS, "Rows", true)), reasonRows)));
    blocks.add(lags(book, returns, ctx));
    return new Section(ID, "Data quality by source system", blocks);
  }

  private static Cell figure(FigureBook book, String dataset, String source, String outcome, long value) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put(DATASET, dataset);
    key.put(SOURCE_SYSTEM, source);
    key.put(OUTCOME, outcome);
    int f = book.add(ID, "data_quality", "sum(rows)", key, value, List.of());
    return new Cell(value, Words.count(value), f);
  }

  /** Recording lag (recorded_date minus disruption_date) of each source's latest complete month with rows. */
  private static Block lags(FigureBook book, List<SourceReturn> returns, ReportContext ctx) {
    LocalDate asOfMonth = ctx.asOf().withDayOfMonth(1);
    boolean asOfMonthComplete = ctx.asOf().equals(ctx.asOf().withDayOfMonth(ctx.asOf().lengthOfMonth()));
    Map<String, SourceReturn> latest = new TreeMap<>();
    for (SourceReturn r : returns) {
      boolean complete = r.month().isBefore(asOfMonth) || asOfMonthComplete;
      if (complete && r.rows() > 0) {
        latest.merge(r.source(), r, (a, b) -> b.month().isAfter(a.month()) ? b : a);
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (SourceReturn r : latest.values()) {
      rows.add(List.of(Cell.text(r.dataset()), Cell.text(r.source()), Cell.of(r.month().toString(),
          Words.month(java.time.YearMonth.from(r.month()))), r.figure(book, ID, ROWS, r.rows()),
          r.figure(book, ID, MEDIAN_LAG_DAYS, r.medianLag()), r.figure(book, ID, P90_LAG_DAYS, r.p90Lag())));
    }
    return new Block.Table(new DataTable("recording_lag", "Recording lag in days (recorded minus disruption date),"
        + " latest complete month of each source", List.of(new Column(DATASET, null, false),
        new Column(SOURCE_SYSTEM, "Source system", false), new Column(MONTH, "Month", false),
        new Column(ROWS, "Rows", true), new Column(MEDIAN_LAG_DAYS, "Median", true),
        new Column(P90_LAG_DAYS, "90th percentile", true)), rows));
  }
}
