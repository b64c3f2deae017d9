package org.disruptionanalytics.reports.sections;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Chart;
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
    // The chart shows the most recent complete headline period: the 12 months if there is one.
    ReportingPeriod charted = periods.stream().filter(ReportingPeriod::complete)
        .reduce((a, b) -> b.end().isAfter(a.end()) ? b : a).orElse(periods.get(0));
    List<CountCell> cells = counts.byRegion(charted);
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    StringBuilder desc = new StringBuilder(ctx.threatArea() + " disruptions by region, " + Words.period(charted) + ": ");
    for (int i = 0; i < cells.size(); i++) {
      CountCell c = cells.get(i);
      names.add(c.regionCode());
      values.add((double) c.disruptions());
      desc.append(i == 0 ? "" : "; ").append(c.regionCode()).append(' ').append(Words.count(c.disruptions()));
    }
    desc.append(cells.isEmpty() ? "none." : ". A disruption with claims in several regions counts in each.");
    blocks.add(new Block.Paragraph(List.of(Inline.text("A disruption counts in every region where one of its"
        + " claims happened, so the regions can add up to more than the total."))));
    if (!cells.isEmpty()) {
      blocks.add(new Block.Figure(new Chart("chart-region", Chart.Kind.BARS,
          ctx.threatArea() + " disruptions by region, " + Words.period(charted), desc.toString(), names,
          List.of(new Chart.Series("Disruptions", values)), names.stream().map(n -> !charted.complete()).toList(),
          "provisional")));
    }
    for (ReportingPeriod p : periods) {
      counts.byRegion(p).forEach(c -> table.add(p, c));
      table.add(p, counts.cell(p, Counts.ALL, Counts.ALL));
    }
    blocks.add(new Block.Table(table.build()));
    return new Section(ID, "By region", blocks);
  }
}
