package org.disruptionanalytics.reports.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.model.Report;
import org.disruptionanalytics.reports.model.Section;
import org.disruptionanalytics.reports.revisions.Comparison;
import org.disruptionanalytics.reports.revisions.FigureSink;
import org.disruptionanalytics.reports.revisions.RevisionFlags;
import org.disruptionanalytics.reports.revisions.RevisionsSection;
import org.disruptionanalytics.reports.warehouse.Table;
import org.disruptionanalytics.reports.warehouse.Warehouse;

/** The internal monthly summary of one threat area, built from the warehouse's tables. */
public final class SummaryBuilder {

  public static final String COUNTS = "marts/disruption_counts";
  public static final String COVERAGE = "marts/ocg_coverage";
  public static final String QUALITY = "marts/data_quality";
  public static final String RETURNS = "marts/source_returns";
  public static final String CLEAN_DISRUPTIONS = "clean/disruptions";
  public static final String CLEAN_INVESTIGATIONS = "clean/investigations";
  public static final String CLEAN_REGISTER = "clean/ocg_register";

  private SummaryBuilder() {}

  /** The tables the report is built from, read once for both releases. */
  public static Marts read(Warehouse warehouse, ReportContext ctx) {
    Counts counts;
    try (Table t = warehouse.read(COUNTS)) {
      counts = Counts.read(t, ctx.threatArea(), ctx.seriesStart(), ctx.asOf());
    }
    List<CoverageSection.Group> groups;
    try (Table t = warehouse.read(COVERAGE)) {
      groups = CoverageSection.groups(t, ctx.threatArea());
    }
    List<QualitySection.Count> quality;
    try (Table t = warehouse.read(QUALITY)) {
      quality = QualitySection.counts(t);
    }
    List<SourceReturn> returns;
    try (Table t = warehouse.read(RETURNS)) {
      returns = SourceReturn.read(t);
    }
    List<PlausibilitySection.Finding> findings = new ArrayList<>();
    try (Table t = warehouse.read(CLEAN_INVESTIGATIONS)) {
      findings.addAll(PlausibilitySection.investigations(t));
    }
    try (Table t = warehouse.read(CLEAN_REGISTER)) {
      findings.addAll(PlausibilitySection.register(t, ctx.asOf()));
    }
    try (Table t = warehouse.read(CLEAN_DISRUPTIONS)) {
      findings.addAll(PlausibilitySection.disruptions(t));
    }

    return new Marts(counts, groups, quality, returns, findings);
  }

  /** What the report is built from, read from the warehouse (or made by a test). */
  public record Marts(Counts counts, List<CoverageSection.Group> groups, List<QualitySection.Count> quality,
      List<SourceReturn> returns, List<PlausibilitySection.Finding> findings) {}

  /** The report from its inputs: no I/O. */
  public static Report build(ReportContext ctx, Marts marts) {
    return build(ctx, marts, Comparison.none());
  }

  public static Report build(ReportContext ctx, Marts marts, Comparison comparison) {
    return build(ctx, marts, comparison, List.of());
  }

  /**
   * @param appended sections of other inputs, placed after the revisions (whose figures they are
   *     not compared with) and before "About", each adding its figures to the report's list
   */
  public static Report build(ReportContext ctx, Marts marts, Comparison comparison,
      List<Function<FigureSink, Section>> appended) {
    Counts counts = marts.counts();
    FigureBook book = new FigureBook();
    List<Section> sections = new ArrayList<>(List.of(
        HeadlineSection.build(book, counts, ctx),
        TrendSection.build(book, counts, ctx),
        AgencySection.build(book, counts, ctx),
        RegionSection.build(book, counts, ctx),
        SeveritySection.build(book, counts, ctx),
        CoverageSection.build(book, marts.groups(), ctx),
        QualitySection.build(book, marts.quality(), marts.returns(), ctx),
        CompletenessSection.build(book, marts.returns(), ctx),
        PlausibilitySection.build(book, marts.findings())));
    RevisionsSection.Built revisions = RevisionsSection.build(book::add, book.all(), comparison);
    sections.add(revisions.section());
    appended.forEach(section -> sections.add(section.apply(book::add)));
    sections.add(AboutSection.build(book, ctx));
    List<Figure> figures = RevisionFlags.figures(book.all(), revisions.revised());
    List<String> notes = new ArrayList<>();
    notes.add("Figures are exact counts from the warehouse of run " + ctx.runId() + "; displayed percentages and ratios"
        + " are rounded to one decimal and interval bounds to two, half away from zero.");
    if (counts.periods(org.disruptionanalytics.contract.PeriodType.MONTH).stream().anyMatch(p -> !p.complete())) {
      notes.add("[p] provisional: the period was still running on the as-of day; its figures will be revised.");
    }
    return new Report(ctx.contractVersion(), ctx.asOf().toString(), ctx.runId(), ctx.threatArea(), "internal",
        ctx.threatArea() + " disruptions: monthly summary",
        "Internal release, as of " + Words.day(ctx.asOf()) + ". Every figure is exact and traceable to the mart cell"
            + " it came from (summary.json).", RevisionFlags.sections(sections, figures, revisions.revised()), figures,
        notes);
  }
}
