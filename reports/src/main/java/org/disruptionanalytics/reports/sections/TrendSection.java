package org.disruptionanalytics.reports.sections;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.contract.PeriodType;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Chart;
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
    Map<String, ReportingPeriod> r12ByMonth = new HashMap<>();
    counts.periods(PeriodType.R12).forEach(p -> r12ByMonth.put(p.label(), p));

    List<String> categories = new ArrayList<>();
    List<Double> monthly = new ArrayList<>();
    List<Double> rolling = new ArrayList<>();
    List<Boolean> marked = new ArrayList<>();
    StringBuilder values = new StringBuilder();
    for (ReportingPeriod m : months) {
      CountCell c = counts.cell(m, Counts.ALL, Counts.ALL);
      categories.add(m.label());
      monthly.add((double) c.disruptions());
      ReportingPeriod r12 = r12ByMonth.get(m.label());
      rolling.add(r12 == null ? null : counts.cell(r12, Counts.ALL, Counts.ALL).disruptions() / 12.0);
      marked.add(!m.complete());
      values.append(values.length() == 0 ? "" : "; ").append(Words.month(java.time.YearMonth.parse(m.label())))
          .append(' ').append(Words.count(c.disruptions())).append(m.complete() ? "" : " (provisional)");
      monthTable.add(m, c);
    }
    String desc = "Bars: " + ctx.threatArea() + " disruptions in each month from "
        + Words.month(java.time.YearMonth.parse(months.get(0).label())) + " to "
        + Words.month(java.time.YearMonth.parse(months.get(months.size() - 1).label()))
        + ", all agencies and regions: " + values + ". Line: the average month of the 12 months ending in each month"
        + " (the year-ending total divided by 12), from the twelfth month of the series."
        + (marked.contains(Boolean.TRUE) ? " Hatched bars marked p are provisional: the month is still running." : "");
    blocks.add(new Block.Figure(new Chart("chart-trend", Chart.Kind.COLUMNS_WITH_LINE,
        ctx.threatArea() + " disruptions by month, with the 12-month rolling average", desc, categories,
        List.of(new Chart.Series("Disruptions in the month", monthly),
            new Chart.Series("12-month rolling average", rolling)),
        marked, "provisional")));
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
