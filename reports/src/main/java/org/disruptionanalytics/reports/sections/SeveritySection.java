package org.disruptionanalytics.reports.sections;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.disruptionanalytics.contract.RatioInterval;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;

/**
 * Major, moderate and minor disruptions in the headline periods against their priors. The mart
 * holds the counts; the change, percentage and interval of each severity are worked out here by
 * the same rules (the interval by the contract's RatioInterval).
 */
final class SeveritySection {

  static final String ID = "by-severity";
  private static final List<String> SEVERITIES = List.of("MAJOR", "MODERATE", "MINOR");

  private SeveritySection() {}

  static Section build(FigureBook book, Counts counts, ReportContext ctx) {
    CountFigures figures = new CountFigures(book, ID);
    List<Block> blocks = new ArrayList<>();
    List<ReportingPeriod> periods = HeadlineSection.periods(counts);
    CountsTable table = new CountsTable(figures, "by_severity", "Disruptions by severity, all agencies and regions",
        EnumSet.of(Measure.DISRUPTIONS_, Measure.MAJOR_, Measure.MODERATE_, Measure.MINOR_,
            Measure.PRIOR_DISRUPTIONS_, Measure.PRIOR_MAJOR_, Measure.PRIOR_MODERATE_, Measure.PRIOR_MINOR_),
        false, false, false, ctx.seriesStart());
    if (periods.isEmpty()) {
      return HeadlineSection.withoutPeriods(ID, "By severity", table.build());
    }
    blocks.add(new Block.Paragraph(List.of(Inline.text("An event's severity is the highest among its claims"
        + " (major above moderate above minor), so each disruption counts in one severity."))));
    List<List<Inline>> items = new ArrayList<>();
    for (ReportingPeriod p : periods) {
      CountCell c = counts.cell(p, Counts.ALL, Counts.ALL);
      table.add(p, c);
      for (String severity : SEVERITIES) {
        items.add(item(figures, p, c, severity, ctx));
      }
    }
    blocks.add(new Block.Bullets(items));
    blocks.add(new Block.Table(table.build()));
    return new Section(ID, "By severity", blocks);
  }

  private static List<Inline> item(CountFigures figures, ReportingPeriod p, CountCell c, String severity,
      ReportContext ctx) {
    String column = severity.toLowerCase(java.util.Locale.ROOT);
    long current = c.severity(severity);
    Long prior = c.priorSeverity(severity);
    List<Inline> parts = new ArrayList<>();
    parts.add(Inline.text(ChangeSentence.title(p) + ", " + column + ": "));
    parts.add(figures.derived(c, column, current, Words.count(current), null));
    if (prior == null) {
      parts.add(Inline.text("; " + Words.phrase(current, null, ctx.seriesStart()) + "."));
      return parts;
    }
    parts.add(Inline.text(" against "));
    parts.add(figures.derived(c, "prior_" + column, prior, Words.count(prior), null));
    parts.add(Inline.text(": " + Words.phrase(current, prior, ctx.seriesStart())));
    if (current > 0 && prior > 0) {
      parts.add(Inline.text(" ("));
      parts.add(figures.derived(c, "pct_change(" + column + ")", 100.0 * (current - prior) / prior,
          Words.pctChange(current, prior), prior));
      parts.add(Inline.text(")"));
    }
    RatioInterval interval = Counts.interval(current, prior);
    if (interval != null) {
      parts.add(Inline.text(interval.significant() ? "; significant, 95% interval of the ratio "
          : "; not statistically significant: 95% interval of the ratio "));
      parts.add(figures.derived(c, "ratio_ci95_low(" + column + ")", interval.low(), Words.bound(interval.low()), prior));
      parts.add(Inline.text(" to "));
      parts.add(figures.derived(c, "ratio_ci95_high(" + column + ")", interval.high(),
          interval.high() == null ? "no upper limit" : Words.bound(interval.high()), prior));
    }
    parts.add(Inline.text("."));
    return parts;
  }
}
