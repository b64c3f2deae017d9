package org.disruptionanalytics.reports.sections;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.DataTable.Column;

/**
 * A table of counts cells laid out as CONTRACT.md 5.1 says for CSV (key columns, the period's
 * dates, the measures in the mart's order, flags), with the period in words, the label and the
 * phrase of the change shown on the page.
 */
final class CountsTable {

  private final CountFigures figures;
  private final String name;
  private final String caption;
  private final List<Measure> measures;
  private final boolean showAgency;
  private final boolean showRegion;
  private final boolean phrase;
  private final YearMonth seriesStart;
  private final List<List<Cell>> rows = new ArrayList<>();

  CountsTable(CountFigures figures, String name, String caption, EnumSet<Measure> measures, boolean showAgency,
      boolean showRegion, boolean phrase, YearMonth seriesStart) {
    this.figures = figures;
    this.name = name;
    this.caption = caption;
    this.measures = List.copyOf(measures);
    this.showAgency = showAgency;
    this.showRegion = showRegion;
    this.phrase = phrase;
    this.seriesStart = seriesStart;
  }

  CountsTable add(ReportingPeriod p, CountCell c) {
    List<Cell> row = new ArrayList<>();
    row.add(Cell.text(Words.period(p)));
    row.add(Cell.text(c.threatArea()));
    row.add(Cell.text(c.periodType()));
    row.add(Cell.text(c.periodLabel()));
    row.add(Cell.text(c.agencyCode()));
    row.add(Cell.text(c.regionCode()));
    row.add(Cell.text(c.periodStart().toString()));
    row.add(Cell.text(c.periodEnd().toString()));
    row.add(Cell.text(c.dataTo().toString()));
    row.add(Cell.of(c.complete(), c.complete() ? "yes" : "no"));
    for (Measure m : measures) {
      row.add(figures.cell(c, m));
    }
    if (phrase) {
      // The words describe the change: not shown where the change is not.
      String words = figures.shown(c, Measure.CHANGE_)
          ? Words.phrase(c.disruptions(), c.priorDisruptions(), seriesStart) : "";
      row.add(Cell.of(null, words == null ? "" : words));
    }
    String flags = c.complete() ? "" : "[p]";
    row.add(Cell.of(flags, flags));
    rows.add(row);
    return this;
  }

  DataTable build() {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(null, "Period", false));
    columns.add(new Column(THREAT_AREA, null, false));
    columns.add(new Column(PERIOD_TYPE, null, false));
    columns.add(new Column(PERIOD_LABEL, "Label", false));
    columns.add(new Column(AGENCY_CODE, showAgency ? "Agency" : null, false));
    columns.add(new Column(REGION_CODE, showRegion ? "Region" : null, false));
    columns.add(new Column(PERIOD_START, null, false));
    columns.add(new Column(PERIOD_END, null, false));
    columns.add(new Column(DATA_TO, null, false));
    columns.add(new Column(IS_COMPLETE, null, false));
    for (Measure m : measures) {
      columns.add(new Column(m.column, m.heading, true));
    }
    if (phrase) {
      columns.add(new Column(null, "In words", false));
    }
    columns.add(new Column("flags", "Flags", false));
    return new DataTable(name, caption, columns, rows);
  }
}
