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
 * The figures leaders quote: the latest complete financial year and 12 months, each against the
 * same span a year earlier, and the financial year to date while one is running (provisional).
 */
final class HeadlineSection {

  static final String ID = "headline";

  private HeadlineSection() {}

  /** The headline periods, in the order shown; the other sections repeat them. */
  static List<ReportingPeriod> periods(Counts counts) {
    List<ReportingPeriod> periods = new ArrayList<>();
    for (ReportingPeriod p : new ReportingPeriod[] {counts.latestComplete(PeriodType.FY),
        counts.latestComplete(PeriodType.R12), counts.running(PeriodType.FY)}) {
      if (p != null) {
        periods.add(p);
      }
    }
    return periods;
  }

  /** A section that breaks the headline periods down, when there are none. */
  static Section withoutPeriods(String id, String title, org.disruptionanalytics.reports.model.DataTable empty) {
    // The table stays, empty, so that its CSV file is there in every release.
    return new Section(id, title, List.of(new Block.Paragraph(List.of(Inline.text(
        "No complete financial year or 12 months to break down yet."))), new Block.Table(empty)));
  }

  static Section build(FigureBook book, Counts counts, ReportContext ctx) {
    CountFigures figures = new CountFigures(book, ID);
    List<Block> blocks = new ArrayList<>();
    List<ReportingPeriod> periods = periods(counts);
    CountsTable table = new CountsTable(figures, "headline", ctx.threatArea() + " disruptions, all agencies and regions",
        EnumSet.of(Measure.DISRUPTIONS_, Measure.PRIOR_DISRUPTIONS_, Measure.CHANGE_, Measure.PCT_CHANGE_,
            Measure.RATIO_CI95_LOW_, Measure.RATIO_CI95_HIGH_, Measure.CHANGE_SIGNIFICANT_),
        false, false, true, ctx.seriesStart());
    if (periods.isEmpty()) {
      blocks.add(new Block.Paragraph(List.of(Inline.text(ctx.seriesStart() == null
          ? "No disruptions were kept up to " + Words.day(ctx.asOf()) + ", so there are no figures to report."
          : "No complete financial year or 12 months has ended by " + Words.day(ctx.asOf())
              + " since the series started in " + Words.month(ctx.seriesStart()) + "."))));
      blocks.add(new Block.Table(table.build()));
      return new Section(ID, "Headline", blocks);
    }
    List<List<Inline>> items = new ArrayList<>();
    for (ReportingPeriod p : periods) {
      CountCell c = counts.cell(p, Counts.ALL, Counts.ALL);
      items.add(ChangeSentence.of(figures, p, c, ctx));
      table.add(p, c);
    }
    blocks.add(new Block.Bullets(items));
    blocks.add(new Block.Table(table.build()));
    return new Section(ID, "Headline", blocks);
  }
}
