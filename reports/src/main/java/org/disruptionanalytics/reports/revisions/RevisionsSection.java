package org.disruptionanalytics.reports.revisions;

import static org.disruptionanalytics.contract.Columns.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.DataTable.Column;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;
import org.disruptionanalytics.reports.text.DisplayNumber;
import org.disruptionanalytics.reports.text.PeriodName;

/**
 * The "Revisions" section: every revised figure of disruption_counts with its previous and new
 * value, the difference, the period in words and the key, then why where the data says so. Its
 * table, revisions.csv, is written in every release (header only when nothing is revised).
 */
public final class RevisionsSection {

  public static final String ID = "revisions";
  public static final String TITLE = "Revisions";
  public static final String TABLE_NAME = "revisions";

  /** The section, and the figures it revises (flag them r wherever they are shown). */
  public record Built(Section section, Set<Revision.FigureId> revised) {}

  private RevisionsSection() {}

  /** The internal report's section: the figures shown so far against the previous marts. */
  public static Built build(FigureSink sink, List<Figure> shown, Comparison comparison) {
    if (comparison.firstRelease()) {
      return new Built(new Section(ID, TITLE, List.of(
          new Block.Paragraph(List.of(Inline.text("First release: nothing to compare."))),
          new Block.Table(table(sink, List.of())))), Set.of());
    }
    List<Revision> revisions = Revisions.compare(new Release(comparison.current().asOf(), shown),
        PreviousCounts.of(shown, comparison.previousCounts(), comparison.previous().asOf()));
    List<List<Inline>> notes = new RevisionReasons(sink, ID, comparison).notes(revisions);
    String intro = "Compared with the previous release: run " + comparison.previous().runId() + ", as of "
        + RevisionReasons.day(comparison.previous().asOf()) + ".";
    return build(sink, intro, revisions, notes);
  }

  /**
   * The section from revisions worked out elsewhere (the published release compares its
   * summary.json figures with the previous one's, {@link Revisions#compare}).
   */
  public static Built build(FigureSink sink, String intro, List<Revision> revisions, List<List<Inline>> notes) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(List.of(Inline.text(intro + " A figure is revised when its value differs for"
        + " the same cell, measure and span (the same last day counted): a period still running that has grown"
        + " since is not a revision. Revised figures are flagged [r] here, in the Flags column of their tables and"
        + " in summary.json. Only the mart's own columns are compared: totals over agencies and a severity's"
        + " percentage or interval follow from them."))));
    blocks.add(new Block.Paragraph(List.of(revisions.isEmpty()
        ? Inline.text("No figure has changed since the previous release.")
        : Inline.text(revisions.size() == 1 ? "One figure has changed:" : revisions.size() + " figures have changed:"))));
    blocks.add(new Block.Table(table(sink, revisions)));
    if (!notes.isEmpty()) {
      blocks.add(new Block.Paragraph(List.of(Inline.text("Why, where the data says so:"))));
      blocks.add(new Block.Bullets(notes));
    }
    Set<Revision.FigureId> revised = new LinkedHashSet<>();
    revisions.forEach(r -> revised.add(r.id()));
    return new Built(new Section(ID, TITLE, blocks), revised);
  }

  private static DataTable table(FigureSink sink, List<Revision> revisions) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Revision r : revisions) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(PeriodName.counted(r.period().type(), r.period().label(), r.dataTo())));
      for (String k : List.of(THREAT_AREA, PERIOD_TYPE, PERIOD_LABEL, AGENCY_CODE, REGION_CODE)) {
        row.add(Cell.text(r.key().get(k)));
      }
      row.add(Cell.text(r.period().start().toString()));
      row.add(Cell.text(r.period().end().toString()));
      row.add(Cell.text(r.dataTo().toString()));
      boolean complete = r.dataTo().equals(r.period().end());
      row.add(Cell.of(complete, complete ? "yes" : "no"));
      row.add(Cell.text(r.measure()));
      List<String> provisional = complete ? List.of() : List.of("p");
      row.add(figure(sink, r, "previous(" + r.measure() + ")", r.previous(), provisional, false));
      row.add(figure(sink, r, r.measure(), r.current(), r.flags(), false));
      Object difference = r.difference();
      row.add(difference == null ? Cell.of(Cell.Shorthand.Z, Cell.Shorthand.Z.text())
          : figure(sink, r, "revision(" + r.measure() + ")", difference, provisional, true));
      String flags = complete ? "" : "[p]";
      row.add(Cell.of(flags, flags));
      rows.add(row);
    }
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(null, "Period", false));
    columns.add(new Column(THREAT_AREA, null, false));
    columns.add(new Column(PERIOD_TYPE, null, false));
    columns.add(new Column(PERIOD_LABEL, "Label", false));
    columns.add(new Column(AGENCY_CODE, "Agency", false));
    columns.add(new Column(REGION_CODE, "Region", false));
    columns.add(new Column(PERIOD_START, null, false));
    columns.add(new Column(PERIOD_END, null, false));
    columns.add(new Column(DATA_TO, null, false));
    columns.add(new Column(IS_COMPLETE, null, false));
    columns.add(new Column("measure", "Measure", false));
    columns.add(new Column("previous_value", "Previous", true));
    columns.add(new Column("value", "Now", true));
    columns.add(new Column("difference", "Difference", true));
    columns.add(new Column("flags", "Flags", false));
    return new DataTable(TABLE_NAME, "Figures revised since the previous release", columns, rows);
  }

  private static Cell figure(FigureSink sink, Revision r, String measure, Object value, List<String> flags,
      boolean signed) {
    int index = sink.add(ID, Revisions.TABLE, measure, r.key(), value, flags);
    return new Cell(value, display(r.measure(), value, signed), index);
  }

  /** A value as the report shows its measure: counts with separators, percentages to one decimal, bounds to two. */
  static String display(String measure, Object value, boolean signed) {
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (value instanceof Long n) {
      String s = DisplayNumber.count(n);
      return (signed || measure.equals(CHANGE)) && n > 0 ? "+" + s : s;
    }
    double d = ((Number) value).doubleValue();
    if (measure.equals(PCT_CHANGE)) {
      BigDecimal v = BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP);
      return (v.signum() > 0 ? "+" : v.signum() < 0 ? DisplayNumber.MINUS : "") + v.abs().toPlainString()
          + (signed ? " points" : "%");
    }
    String bound = DisplayNumber.bound(d);
    return signed && d > 0 ? "+" + bound : bound;
  }
}
