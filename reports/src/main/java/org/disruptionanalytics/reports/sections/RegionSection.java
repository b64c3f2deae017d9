package org.disruptionanalytics.reports.sections;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;

/** The headline periods by region (where the disruption happened; INTL overseas), with a bar chart. */
final class RegionSection {

  static final String ID = "by-region";

  private RegionSection() {}

  static Section build(FigureBook book, Counts counts, ReportContext ctx) {
    CountFigures figures = new CountFigures(book, ID);
    List<Block> blocks = new ArrayList<>();
    List<ReportingPeriod> periods = HeadlineSection.periods(counts);
    CountsTable table = new CountsTable(figures, "by_region", "Disruptions by region, all agencies",
        EnumSet.of(Measure.DISRUPTIONS_, Measure.PRIOR_DISRUPTIONS_, Measure.CHANGE_, Measure.PCT_CHANGE_),
        false, true, true, ctx.seriesStart());
    if (periods.isEmpty()) {
      return HeadlineSection.withoutPeriods(ID, "By region", table.build());
    }
    ReportingPeriod charted = SummaryCharts.charted(periods);
    List<CountCell> cells = counts.byRegion(charted);
    blocks.add(new Block.Paragraph(List.of(Inline.text("A disruption counts in every region where one of its"
        + " claims happened, so the regions can add up to more than the total."))));
    if (!cells.isEmpty()) {
      blocks.add(new Block.Figure(SummaryCharts.regions(charted, cells, c -> true, ctx)));
    }
    for (ReportingPeriod p : periods) {
      counts.byRegion(p).forEach(c -> table.add(p, c));
      table.add(p, counts.cell(p, Counts.ALL, Counts.ALL));
    }
    blocks.add(new Block.Table(table.build()));
    return new Section(ID, "By region", blocks);
  }
}
