package org.disruptionanalytics.reports.sections;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.DataTable.Column;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;

/**
 * Completeness of the returns, from marts/source_returns: every month of the last 13 flagged
 * MISSING, PARTIAL or HIGH, in words, so that a missing return is not read as a fall in
 * disruptions.
 */
final class CompletenessSection {

  static final String ID = "completeness";
  private static final Set<String> FLAGGED = Set.of("MISSING", "PARTIAL", "HIGH");

  private CompletenessSection() {}

  static Section build(FigureBook book, List<SourceReturn> returns, ReportContext ctx) {
    List<Block> blocks = new ArrayList<>();
    LocalDate from = YearMonth.from(ctx.asOf()).minusMonths(12).atDay(1);
    List<SourceReturn> flagged = returns.stream()
        .filter(r -> !r.month().isBefore(from) && FLAGGED.contains(r.flag())).toList();
    String since = Words.month(YearMonth.from(from)) + " to " + Words.month(YearMonth.from(ctx.asOf()));
    blocks.add(new Block.Paragraph(List.of(Inline.text("Each source's disruption rows recorded in a month are"
        + " compared with the mean of its previous six months (three at least; the as-of month pro rata to the"
        + " as-of day). A month well below it may be a missing or partial return rather than a fall in disruptions."))));
    if (flagged.isEmpty()) {
      blocks.add(new Block.Paragraph(List.of(Inline.text("No month from " + since
          + " is flagged missing, partial or high."))));
    }
    List<List<Inline>> items = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (SourceReturn r : flagged) {
      Cell rowsCell = r.figure(book, ID, ROWS, r.rows());
      Cell expected = r.figure(book, ID, EXPECTED_ROWS, r.expectedRows());
      Cell ratio = r.figure(book, ID, RATIO_TO_EXPECTED, r.ratioToExpected());
      String month = Words.month(YearMonth.from(r.month()));
      List<Inline> parts = new ArrayList<>();
      parts.add(Inline.text(r.source() + ": " + month + " has "));
      switch (r.flag()) {
        case "MISSING" -> {
          parts.add(new Inline.FigureText(rowsCell.figure(), "no"));
          parts.add(Inline.text(" rows where about "));
          parts.add(new Inline.FigureText(expected.figure(), Words.decimal(r.expectedRows())));
          parts.add(Inline.text(" were expected: a missing return?"));
        }
        case "PARTIAL" -> {
          parts.add(new Inline.FigureText(ratio.figure(), Words.share(r.ratioToExpected())));
          parts.add(Inline.text(" of its usual rows ("));
          parts.add(new Inline.FigureText(rowsCell.figure(), Words.count(r.rows())));
          parts.add(Inline.text(" against about "));
          parts.add(new Inline.FigureText(expected.figure(), Words.decimal(r.expectedRows())));
          parts.add(Inline.text("): a partial return?"));
        }
        default -> {
          parts.add(new Inline.FigureText(ratio.figure(), Words.share(r.ratioToExpected())));
          parts.add(Inline.text(" of its usual rows ("));
          parts.add(new Inline.FigureText(rowsCell.figure(), Words.count(r.rows())));
          parts.add(Inline.text(" against about "));
          parts.add(new Inline.FigureText(expected.figure(), Words.decimal(r.expectedRows())));
          parts.add(Inline.text("): a late batch or a repeated submission?"));
        }
      }
      items.add(parts);
      rows.add(List.of(Cell.text(r.dataset()), Cell.text(r.source()), Cell.of(r.month().toString(), month),
          rowsCell, new Cell(r.expectedRows(), Words.decimal(r.expectedRows()), expected.figure()),
          new Cell(r.ratioToExpected(), r.ratioToExpected() == null ? "[x]" : Words.share(r.ratioToExpected()),
              ratio.figure()),
          Cell.text(r.flag())));
    }
    if (!items.isEmpty()) {
      blocks.add(new Block.Bullets(items));
    }
    blocks.add(new Block.Table(new DataTable("completeness", "Months flagged from " + since, List.of(
        new Column(DATASET, null, false), new Column(SOURCE_SYSTEM, "Source system", false),
        new Column(MONTH, "Month", false), new Column(ROWS, "Rows", true),
        new Column(EXPECTED_ROWS, "Expected", true), new Column(RATIO_TO_EXPECTED, "Of expected", true),
        new Column(FLAG, "Flag", false)), rows)));
    return new Section(ID, "Completeness of returns", blocks);
  }
}
