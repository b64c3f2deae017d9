package org.disruptionanalytics.reports.sections;

import java.util.ArrayList;
import java.util.List;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.text.Description;
import org.disruptionanalytics.reports.text.Direction;

/**
 * The sentence of CONTRACT.md 5.2 about one cell's change, as running text whose numbers are
 * figures: both counts, the percentage, the strongest true proportion, the significance and the
 * interval where it is not significant, and "provisional" for a running period.
 */
public final class ChangeSentence {
  private ChangeSentence() {}

  static List<Inline> of(CountFigures figures, ReportingPeriod p, CountCell c, ReportContext ctx) {
    List<Inline> parts = new ArrayList<>();
    parts.add(Inline.text(title(p) + ": "));
    parts.add(figures.text(c, Measure.DISRUPTIONS_));
    parts.add(Inline.text(" " + ctx.threatArea() + " disruptions"));
    Long prior = c.priorDisruptions();
    if (prior != null && !figures.shown(c, Measure.CHANGE_)) {
      parts.add(Inline.text(" against "));
      parts.add(figures.text(c, Measure.PRIOR_DISRUPTIONS_));
      parts.add(Inline.text(" in " + priorWords(p) + (figures.shown(c, Measure.DISRUPTIONS_)
          && figures.shown(c, Measure.PRIOR_DISRUPTIONS_)
          ? ": no change is described, the base is under 10 [u]." : ": no change is shown where a count is suppressed [c].")));
      if (!p.complete()) {
        parts.add(Inline.text(" Provisional [p]: the period is still running; counted to " + Words.day(p.dataTo())
            + "."));
      }
      return parts;
    }
    Description d = Words.change(c.disruptions(), prior, c.changeSignificant(), c.ratioLow(),
        c.ratioHigh(), !p.complete(), ctx.seriesStart());
    if (prior == null) {
      parts.add(Inline.text("; " + d.change() + "."));
    } else {
      parts.add(Inline.text(" against "));
      parts.add(figures.text(c, Measure.PRIOR_DISRUPTIONS_));
      parts.add(Inline.text(" in " + priorWords(p) + ": "));
      if (d.direction() == Direction.RISE || d.direction() == Direction.FALL) {
        if (d.phrase() != null) {
          parts.add(Inline.text(d.phrase() + " ("));
          parts.add(figures.text(c, Measure.PCT_CHANGE_));
          parts.add(Inline.text(", "));
        } else {
          // "rose by 4.2%": the percentage is the figure, shown without its sign after the verb.
          parts.add(Inline.text((d.direction() == Direction.RISE ? "rose by " : "fell by ")));
          parts.add(figures.textAs(c, Measure.PCT_CHANGE_, d.percentText().substring(1)));
          parts.add(Inline.text(" ("));
        }
        parts.add(Inline.text("a change of "));
        parts.add(figures.text(c, Measure.CHANGE_));
        parts.add(Inline.text(")."));
      } else if (d.direction() == Direction.UNCHANGED || d.direction() == Direction.TO_NONE) {
        parts.add(Inline.text(d.change() + " ("));
        parts.add(figures.text(c, Measure.PCT_CHANGE_));
        parts.add(Inline.text(")."));
      } else {
        parts.add(Inline.text(d.change() + "."));
      }
      if (c.changeSignificant() != null) {
        if (Boolean.TRUE.equals(c.changeSignificant())) {
          parts.add(Inline.text(" The change is statistically significant (95% interval of the ratio "));
        } else {
          parts.add(Inline.text(" Not statistically significant: 95% interval of the ratio "));
        }
        parts.add(figures.text(c, Measure.RATIO_CI95_LOW_));
        parts.add(Inline.text(" to "));
        parts.add(figures.text(c, Measure.RATIO_CI95_HIGH_));
        parts.add(Inline.text(Boolean.TRUE.equals(c.changeSignificant()) ? ")." : "."));
      }
    }
    if (!p.complete()) {
      parts.add(Inline.text(" Provisional [p]: the period is still running; counted to " + Words.day(p.dataTo())
          + "."));
    }
    return parts;
  }

  /**
   * The sentence as plain text, the figures shown as the report shows them: what the report
   * writes about this cell (the claim check quotes it).
   */
  public static String plain(ReportingPeriod p, CountCell c, ReportContext ctx) {
    StringBuilder s = new StringBuilder();
    for (Inline part : of(new CountFigures(new FigureBook(), HeadlineSection.ID), p, c, ctx)) {
      s.append(part instanceof Inline.FigureText f ? f.display() : ((Inline.Text) part).text());
    }
    return s.toString();
  }

  /** "Financial year 2025-26 (April 2025 to March 2026)", "Year ending September 2025 (R12 2025-09)". */
  static String title(ReportingPeriod p) {
    return switch (p.type()) {
      case FY -> "Financial year " + p.label() + (p.complete() ? "" : " to date") + " (" + Words.span(p) + ")";
      case R12 -> capitalised(p.complete() ? Words.period(p) : Words.span(p)) + " (R12 " + p.label() + ")";
      default -> capitalised(Words.span(p)) + " (" + p.type() + " " + p.label() + ")";
    };
  }

  /** "April 2024 to March 2025", "the year ending April 2025". */
  private static String priorWords(ReportingPeriod p) {
    return (p.type() == org.disruptionanalytics.contract.PeriodType.R12 && p.complete() ? "the " : "")
        + Words.priorPeriod(p);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
