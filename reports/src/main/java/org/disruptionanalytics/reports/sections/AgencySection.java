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

/**
 * The headline periods by agency. A joint disruption counts once in the total and once for each
 * agency that claimed it, so the agency rows add up to more than the total: the section says by
 * how much.
 */
final class AgencySection {

  static final String ID = "by-agency";

  private AgencySection() {}

  static Section build(FigureBook book, Counts counts, ReportContext ctx) {
    CountFigures figures = new CountFigures(book, ID);
    List<Block> blocks = new ArrayList<>();
    List<ReportingPeriod> periods = HeadlineSection.periods(counts);
    CountsTable table = new CountsTable(figures, "by_agency", "Disruptions by agency, all regions",
        EnumSet.of(Measure.DISRUPTIONS_, Measure.PRIOR_DISRUPTIONS_, Measure.CHANGE_, Measure.PCT_CHANGE_),
        true, false, true, ctx.seriesStart());
    List<List<Inline>> notes = new ArrayList<>();
    for (ReportingPeriod p : periods) {
      CountCell total = counts.cell(p, Counts.ALL, Counts.ALL);
      long sum = 0;
      for (CountCell c : counts.byAgency(p)) {
        table.add(p, c);
        sum += c.disruptions();
      }
      table.add(p, total);
      long excess = sum - total.disruptions();
      String name = ChangeSentence.title(p);
      List<Inline> note = new ArrayList<>(List.of(Inline.text(name + ": the agency rows add up to "),
          figures.derived(total, "sum(disruptions) over agency_code", sum, Words.count(sum), null)));
      if (excess == 0) {
        note.add(Inline.text(", the total: no disruption was claimed by more than one agency."));
      } else {
        note.add(Inline.text(", "));
        note.add(figures.derived(total, "sum(disruptions) over agency_code - disruptions", excess,
            Words.count(excess), null));
        note.add(Inline.text(" more than the total of "));
        note.add(figures.text(total, Measure.DISRUPTIONS_));
        note.add(Inline.text(": a joint disruption claimed by several agencies counts once for each of them."));
      }
      notes.add(note);
    }
    if (periods.isEmpty()) {
      return HeadlineSection.withoutPeriods(ID, "By agency", table.build());
    }
    blocks.add(new Block.Paragraph(List.of(Inline.text("A joint disruption counts once in the total (ALL) and once"
        + " for each agency that claimed it, so the agency rows add up to more than the total."))));
    blocks.add(new Block.Bullets(notes));
    blocks.add(new Block.Table(table.build()));
    return new Section(ID, "By agency", blocks);
  }
}
