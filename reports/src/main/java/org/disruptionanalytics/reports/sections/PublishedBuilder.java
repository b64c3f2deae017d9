package org.disruptionanalytics.reports.sections;

import static org.disruptionanalytics.contract.Columns.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.disruptionanalytics.contract.PeriodType;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.disclosure.Protection;
import org.disruptionanalytics.reports.disclosure.ReleaseProblem;
import org.disruptionanalytics.reports.disclosure.Suppression;
import org.disruptionanalytics.reports.disclosure.SuppressionRule;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.DataTable.Column;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Report;
import org.disruptionanalytics.reports.model.Section;

/**
 * The published release (CONTRACT.md 5.3): national counts with severity for the headline
 * periods and every quarter, the monthly national series, the headline periods by agency and by
 * region, coverage of known groups by status nationally and data-quality totals per dataset. No
 * refs, no file names, no source-level rows. Counts from 1 to 4 and the counts that would let an
 * intruder work them out are suppressed ([c]) by {@link Suppression}, checked by its intruder
 * before anything is rendered.
 */
public final class PublishedBuilder {

  private PublishedBuilder() {}

  /** The release and what disclosure control did to it. */
  public record Release(Report report, ReleaseProblem problem, Protection protection, int counts) {}

  public static Release build(ReportContext ctx, SummaryBuilder.Marts marts) {
    return build(ctx, marts, java.util.Optional.empty());
  }

  /**
   * @param previous the previous published release (its summary.json): its values are known to
   *     an intruder, and the revisions section compares with it
   */
  public static Release build(ReportContext ctx, SummaryBuilder.Marts marts,
      java.util.Optional<org.disruptionanalytics.reports.revisions.Release> previous) {
    Counts counts = marts.counts();
    List<ReportingPeriod> headline = HeadlineSection.periods(counts);
    List<ReportingPeriod> quarters = counts.periods(PeriodType.QUARTER);
    List<ReportingPeriod> months = counts.periods(PeriodType.MONTH);
    Set<String> agencies = new TreeSet<>();
    Set<String> regions = new TreeSet<>();
    for (ReportingPeriod p : headline) {
      counts.byAgency(p).forEach(c -> agencies.add(c.agencyCode()));
      counts.byRegion(p).forEach(c -> regions.add(c.regionCode()));
    }

    ReleaseCells cells = new ReleaseCells();
    for (ReportingPeriod p : headline) {
      cells.add(p, counts.cell(p, Counts.ALL, Counts.ALL), ReleaseCells.HEADLINE, Measure.DISRUPTIONS_, Measure.MAJOR_,
          Measure.MODERATE_, Measure.MINOR_, Measure.PRIOR_DISRUPTIONS_, Measure.PRIOR_MAJOR_,
          Measure.PRIOR_MODERATE_, Measure.PRIOR_MINOR_);
    }
    for (ReportingPeriod q : quarters) {
      cells.add(q, counts.cell(q, Counts.ALL, Counts.ALL), ReleaseCells.SERIES, Measure.DISRUPTIONS_, Measure.MAJOR_,
          Measure.MODERATE_, Measure.MINOR_);
    }
    for (ReportingPeriod m : months) {
      cells.add(m, counts.cell(m, Counts.ALL, Counts.ALL), ReleaseCells.SERIES, Measure.DISRUPTIONS_,
          Measure.PRIOR_DISRUPTIONS_);
    }
    // Every agency and region of any headline period is shown for each of them, zeros included:
    // a row left out would be a 0 the intruder could read anyway.
    for (ReportingPeriod p : headline) {
      agencies.forEach(a -> cells.add(p, counts.cell(p, a, Counts.ALL), ReleaseCells.BREAKDOWN, Measure.DISRUPTIONS_,
          Measure.PRIOR_DISRUPTIONS_));
      regions.forEach(r -> cells.add(p, counts.cell(p, Counts.ALL, r), ReleaseCells.BREAKDOWN, Measure.DISRUPTIONS_,
          Measure.PRIOR_DISRUPTIONS_));
    }
    ReleaseProblem.Builder problem = cells.problem(ReleaseProblem.builder());
    Map<String, Long> coverage = coverageCounts(marts.groups());
    additive(problem, "ocg_coverage|" + ctx.threatArea(), coverage, "ALL");
    Map<String, Map<String, Long>> quality = qualityTotals(marts.quality());
    quality.forEach((dataset, outcomes) -> additive(problem, "data_quality|" + dataset, outcomes, "ALL"));
    previous.ifPresent(prev -> knownBefore(problem, cells, prev, ctx));
    ReleaseProblem built = problem.build();
    Protection protection = Suppression.protect(built, SuppressionRule.standard());

    Set<String> checked = new HashSet<>();
    cells.cells().forEach(c -> checked.add(c.id()));
    Disclosure disclosure = new ReleaseDisclosure(protection, checked);
    FigureBook book = new FigureBook();
    List<Section> sections = new ArrayList<>();
    sections.add(headline(book, counts, headline, disclosure, ctx));
    sections.add(trend(book, counts, quarters, months, disclosure, ctx));
    sections.add(breakdown(book, counts, headline, agencies, true, disclosure, ctx));
    sections.add(breakdown(book, counts, headline, regions, false, disclosure, ctx));
    sections.add(coverage(book, coverage, protection, ctx));
    sections.add(quality(book, quality, protection));
    // Revisions only where both releases published the value (a [c] is null, so never compared).
    List<org.disruptionanalytics.reports.revisions.Revision> revisions = previous
        .map(prev -> org.disruptionanalytics.reports.revisions.Revisions.compare(
            new org.disruptionanalytics.reports.revisions.Release(ctx.asOf(), book.all()), prev))
        .orElse(List.of());
    org.disruptionanalytics.reports.revisions.RevisionsSection.Built revised =
        org.disruptionanalytics.reports.revisions.RevisionsSection.build(book::add, previous
            .map(prev -> "Compared with the previous published release, as of " + Words.day(prev.asOf()) + ".")
            .orElse("First published release: nothing to compare."), revisions, List.of());
    sections.add(revised.section());
    sections.add(AboutSection.build(book, ctx));
    int total = cells.cells().size() + coverage.size() + quality.values().stream().mapToInt(Map::size).sum();
    List<String> notes = List.of(
        "Published release: counts from 1 to 4 are suppressed [c], and so are the counts from which one of them could"
            + " be worked out to fewer than three possible values (" + protection.primary().size() + " primary and "
            + protection.secondary().size() + " secondary suppressions among " + total + " counts).",
        "No change, percentage, interval or description is shown where a count is suppressed [c], nor where the"
            + " count a year earlier is under 10 [u].");
    List<org.disruptionanalytics.reports.model.Figure> figures =
        org.disruptionanalytics.reports.revisions.RevisionFlags.figures(book.all(), revised.revised());
    Report report = new Report(ctx.contractVersion(), ctx.asOf().toString(), ctx.runId(), ctx.threatArea(), "published",
        ctx.threatArea() + " disruptions: monthly summary",
        "Published release, as of " + Words.day(ctx.asOf()) + ". Small counts are suppressed to protect the people and"
            + " operations behind them.", org.disruptionanalytics.reports.revisions.RevisionFlags.sections(sections,
            figures, revised.revised()), figures, notes);
    return new Release(report, built, protection, total);
  }

  private static Section headline(FigureBook book, Counts counts, List<ReportingPeriod> periods, Disclosure d,
      ReportContext ctx) {
    CountFigures figures = new CountFigures(book, HeadlineSection.ID, d);
    CountsTable table = new CountsTable(figures, "headline", ctx.threatArea() + " disruptions by severity, all"
        + " agencies and regions", EnumSet.of(Measure.DISRUPTIONS_, Measure.MAJOR_, Measure.MODERATE_, Measure.MINOR_,
        Measure.PRIOR_DISRUPTIONS_, Measure.PRIOR_MAJOR_, Measure.PRIOR_MODERATE_, Measure.PRIOR_MINOR_,
        Measure.CHANGE_, Measure.PCT_CHANGE_, Measure.RATIO_CI95_LOW_, Measure.RATIO_CI95_HIGH_,
        Measure.CHANGE_SIGNIFICANT_), false, false, true, ctx.seriesStart());
    List<Block> blocks = new ArrayList<>();
    List<List<Inline>> items = new ArrayList<>();
    for (ReportingPeriod p : periods) {
      CountCell c = counts.cell(p, Counts.ALL, Counts.ALL);
      items.add(ChangeSentence.of(figures, p, c, ctx));
      table.add(p, c);
    }
    if (periods.isEmpty()) {
      blocks.add(new Block.Paragraph(List.of(Inline.text("No complete financial year or 12 months to report yet."))));
    } else {
      blocks.add(new Block.Bullets(items));
    }
    blocks.add(new Block.Table(table.build()));
    return new Section(HeadlineSection.ID, "Headline", blocks);
  }

  private static Section trend(FigureBook book, Counts counts, List<ReportingPeriod> quarters,
      List<ReportingPeriod> months, Disclosure d, ReportContext ctx) {
    CountFigures figures = new CountFigures(book, TrendSection.ID, d);
    List<Block> blocks = new ArrayList<>();
    CountsTable monthly = new CountsTable(figures, "monthly", "Disruptions by month, all agencies and regions",
        EnumSet.of(Measure.DISRUPTIONS_, Measure.PRIOR_DISRUPTIONS_), false, false, false, ctx.seriesStart());
    List<CountCell> cells = new ArrayList<>();
    for (ReportingPeriod m : months) {
      CountCell c = counts.cell(m, Counts.ALL, Counts.ALL);
      cells.add(c);
      monthly.add(m, c);
    }
    if (!months.isEmpty()) {
      // A chart never draws a suppressed value.
      blocks.add(new Block.Figure(SummaryCharts.monthly(months, cells, c -> figures.shown(c, Measure.DISRUPTIONS_), ctx)));
    }
    blocks.add(new Block.Table(monthly.build()));
    CountsTable byQuarter = new CountsTable(figures, "quarters", "Disruptions by quarter and severity, all agencies and"
        + " regions (the layout of the published OIC table)", EnumSet.of(Measure.DISRUPTIONS_, Measure.MAJOR_,
        Measure.MODERATE_, Measure.MINOR_), false, false, false, ctx.seriesStart());
    quarters.forEach(q -> byQuarter.add(q, counts.cell(q, Counts.ALL, Counts.ALL)));
    blocks.add(new Block.Table(byQuarter.build()));
    return new Section(TrendSection.ID, "Trend", blocks);
  }

  private static Section breakdown(FigureBook book, Counts counts, List<ReportingPeriod> periods, Set<String> parts,
      boolean byAgency, Disclosure d, ReportContext ctx) {
    String id = byAgency ? AgencySection.ID : RegionSection.ID;
    CountFigures figures = new CountFigures(book, id, d);
    CountsTable table = new CountsTable(figures, byAgency ? "by_agency" : "by_region", byAgency
        ? "Disruptions by agency, all regions" : "Disruptions by region, all agencies",
        EnumSet.of(Measure.DISRUPTIONS_, Measure.PRIOR_DISRUPTIONS_, Measure.CHANGE_, Measure.PCT_CHANGE_), byAgency,
        !byAgency, true, ctx.seriesStart());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(List.of(Inline.text(byAgency
        ? "A joint disruption counts once in the total (ALL) and once for each agency that claimed it, so the agency"
            + " rows add up to more than the total."
        : "A disruption counts in every region where one of its claims happened, so the regions can add up to more"
            + " than the total."))));
    for (ReportingPeriod p : periods) {
      for (String part : parts) {
        table.add(p, byAgency ? counts.cell(p, part, Counts.ALL) : counts.cell(p, Counts.ALL, part));
      }
      table.add(p, counts.cell(p, Counts.ALL, Counts.ALL));
    }
    if (!byAgency && !periods.isEmpty() && !parts.isEmpty()) {
      ReportingPeriod charted = SummaryCharts.charted(periods);
      List<CountCell> cells = parts.stream().map(r -> counts.cell(charted, Counts.ALL, r)).toList();
      blocks.add(new Block.Figure(SummaryCharts.regions(charted, cells, c -> figures.shown(c, Measure.DISRUPTIONS_),
          ctx)));
    }
    blocks.add(new Block.Table(table.build()));
    return new Section(id, byAgency ? "By agency" : "By region", blocks);
  }

  /**
   * The previous release's values that an intruder can take as today's: each count it published
   * for the same key and the same span (data_to) with the value it has now. A revised value is
   * of a different quantity and is not modelled; a count now suppressed that the previous release
   * published with the same value cannot be protected, and the engine logs it.
   */
  private static void knownBefore(ReleaseProblem.Builder problem, ReleaseCells cells,
      org.disruptionanalytics.reports.revisions.Release previous, ReportContext ctx) {
    Map<String, Object> before = new java.util.HashMap<>();
    for (org.disruptionanalytics.reports.model.Figure f : previous.figures()) {
      if (f.table().equals(CountFigures.TABLE) && f.value() != null) {
        before.putIfAbsent(f.key() + "|" + f.measure(), f.value());
      }
    }
    for (ReleaseCells.Count c : cells.cells()) {
      Object old = before.get(CountFigures.key(c.cell()) + "|" + c.measure().column);
      org.disruptionanalytics.reports.revisions.PeriodSpan span =
          org.disruptionanalytics.reports.revisions.PeriodSpan.of(c.cell().periodType(), c.cell().periodLabel());
      if (old instanceof Number n && n.longValue() == c.value()
          && span.dataTo(previous.asOf()).equals(span.dataTo(ctx.asOf()))) {
        cells.known(problem, c, "previous|" + c.id());
      }
    }
  }

  /** Groups of the threat area by coverage status, nationally. */
  static Map<String, Long> coverageCounts(List<CoverageSection.Group> groups) {
    Map<String, Long> out = new LinkedHashMap<>();
    CoverageSection.STATUSES.forEach(s -> out.put(s, 0L));
    groups.forEach(g -> out.merge(g.status(), 1L, Long::sum));
    return out;
  }

  /** Rows per outcome (quarantine reasons together) for each dataset, over all sources. */
  static Map<String, Map<String, Long>> qualityTotals(List<QualitySection.Count> counts) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (QualitySection.Count c : counts) {
      String outcome = c.outcome().startsWith(QualitySection.QUARANTINED) ? "QUARANTINED" : c.outcome();
      out.computeIfAbsent(c.dataset(), k -> {
        Map<String, Long> m = new LinkedHashMap<>();
        QualitySection.OUTCOMES.forEach(o -> m.put(o, 0L));
        return m;
      }).merge(outcome, c.rows(), Long::sum);
    }
    return out;
  }

  /** Parts that add up to a total: one unknown per part, the total their sum. */
  private static void additive(ReleaseProblem.Builder b, String prefix, Map<String, Long> parts, String totalName) {
    Map<Integer, Long> total = new TreeMap<>();
    long sum = 0;
    for (Map.Entry<String, Long> e : parts.entrySet()) {
      int v = b.variable(prefix + "|" + e.getKey());
      b.cell(prefix + "|" + e.getKey(), e.getValue(), ReleaseCells.OTHER + e.getValue(), Map.of(v, 1L));
      total.put(v, 1L);
      sum += e.getValue();
    }
    b.cell(prefix + "|" + totalName, sum, ReleaseCells.OTHER * 2 + sum, total);
  }

  private static Cell count(FigureBook book, Protection protection, String id, String section, String table,
      String measure, Map<String, String> key, long value) {
    boolean suppressed = protection.suppressed(id);
    int f = book.add(section, table, measure, key, suppressed ? null : value, suppressed ? List.of("c") : List.of());
    return suppressed ? new Cell(Cell.Shorthand.C, "[c]", f) : new Cell(value, Words.count(value), f);
  }

  private static Section coverage(FigureBook book, Map<String, Long> counts, Protection protection, ReportContext ctx) {
    List<List<Cell>> rows = new ArrayList<>();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> all = new LinkedHashMap<>(counts);
    all.put("ALL", total);
    all.forEach((status, n) -> {
      Map<String, String> key = new LinkedHashMap<>();
      key.put(THREAT_AREAS, ctx.threatArea());
      key.put(COVERAGE_STATUS, status);
      key.put(REGION_CODE, "ALL");
      rows.add(List.of(Cell.text(ctx.threatArea()), Cell.text(status), count(book, protection, "ocg_coverage|"
          + ctx.threatArea() + "|" + status, CoverageSection.ID, "ocg_coverage", "count", key, n)));
    });
    return new Section(CoverageSection.ID, "Coverage of known groups", List.of(
        new Block.Paragraph(List.of(Inline.text("Known " + ctx.threatArea() + " groups (active on the Police National"
            + " Database or the SOC master list, linked across systems) by coverage status, nationally: disrupted in the"
            + " last 12 months, under investigation, assessed only, or no activity."))),
        new Block.Table(new DataTable("coverage", "Known " + ctx.threatArea() + " groups by coverage status", List.of(
            new Column(THREAT_AREAS, null, false), new Column(COVERAGE_STATUS, "Status", false),
            new Column("groups", "Groups", true)), rows))));
  }

  private static Section quality(FigureBook book, Map<String, Map<String, Long>> totals, Protection protection) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(DATASET, "Dataset", false));
    columns.add(new Column("rows_read", "Rows read", true));
    QualitySection.OUTCOMES.forEach(o -> columns.add(new Column(o.toLowerCase(java.util.Locale.ROOT),
        o.equals("QUARANTINED") ? "Quarantined" : o, true)));
    List<List<Cell>> rows = new ArrayList<>();
    totals.forEach((dataset, outcomes) -> {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(dataset));
      long read = outcomes.values().stream().mapToLong(Long::longValue).sum();
      row.add(count(book, protection, "data_quality|" + dataset + "|ALL", QualitySection.ID, "data_quality", "sum(rows)",
          qualityKey(dataset, "ALL"), read));
      outcomes.forEach((o, n) -> row.add(count(book, protection, "data_quality|" + dataset + "|" + o, QualitySection.ID,
          "data_quality", "sum(rows)", qualityKey(dataset, o.equals("QUARANTINED") ? "QUARANTINED:*" : o), n)));
      rows.add(row);
    });
    return new Section(QualitySection.ID, "Data quality", List.of(
        new Block.Paragraph(List.of(Inline.text("Every row read from every source ends in one outcome; rows read are"
            + " the sum of the outcomes. Totals per dataset, all sources together."))),
        new Block.Table(new DataTable("data_quality", "Rows read by dataset, by outcome", columns, rows))));
  }

  private static Map<String, String> qualityKey(String dataset, String outcome) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put(DATASET, dataset);
    key.put(SOURCE_SYSTEM, "ALL");
    key.put(OUTCOME, outcome);
    return key;
  }
}
