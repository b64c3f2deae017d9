package org.disruptionanalytics.reports.sections;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.disruptionanalytics.contract.PeriodType;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;

/**
 * Monthly counts over the whole series with the rolling 12 months, and every complete year ending
 * in a month against the year before it.
 */
final class TrendSection {

  static final String ID = "trend";

  private TrendSection() {}

  static Section build(FigureBook book, Counts counts, ReportContext ctx) {
    CountFigures figures = new CountFigures(book, ID);
    List<Block> blocks = new ArrayList<>();
    List<ReportingPeriod> months = counts.periods(PeriodType.MONTH);
    CountsTable monthTable = new CountsTable(figures, "trend_monthly",
        "Disruptions by month, all agencies and regions", EnumSet.of(Measure.DISRUPTIONS_, Measure.PRIOR_DISRUPTIONS_),
        false, false, false, ctx.seriesStart());
    CountsTable r12Table = new CountsTable(figures, "trend_r12",
        "Every complete 12 months against the 12 months before",
        EnumSet.of(Measure.DISRUPTIONS_, Measure.PRIOR_DISRUPTIONS_, Measure.CHANGE_, Measure.PCT_CHANGE_),
        false, false, true, ctx.seriesStart());
    if (months.isEmpty()) {
      blocks.add(new Block.Paragraph(List.of(Inline.text("No months to show: no disruptions were kept."))));
      blocks.add(new Block.Table(monthTable.build()));
      blocks.add(new Block.Table(r12Table.build()));
      return new Section(ID, "Trend", blocks);
    }
    List<CountCell> cells = new ArrayList<>();
    for (ReportingPeriod m : months) {
      CountCell c = counts.cell(m, Counts.ALL, Counts.ALL);
      cells.add(c);
      monthTable.add(m, c);
    }
    blocks.add(new Block.Figure(SummaryCharts.monthly(months, cells, c -> true, ctx)));
    blocks.add(new Block.Table(monthTable.build()));

    int complete = 0;
    for (ReportingPeriod p : counts.periods(PeriodType.R12)) {
      if (p.complete()) {
        r12Table.add(p, counts.cell(p, Counts.ALL, Counts.ALL));
        complete++;
      }
    }
    if (complete == 0) {
      blocks.add(new Block.Paragraph(List.of(Inline.text("No complete 12 months yet: the series starts in "
          + Words.month(ctx.seriesStart()) + "."))));
    }
    blocks.add(new Block.Table(r12Table.build()));
    return new Section(ID, "Trend", blocks);
  }
}
