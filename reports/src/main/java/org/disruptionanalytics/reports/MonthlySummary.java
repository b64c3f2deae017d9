package org.disruptionanalytics.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.disruptionanalytics.reports.claims.Claim;
import org.disruptionanalytics.reports.claims.ClaimCheck;
import org.disruptionanalytics.reports.claims.ClaimResult;
import org.disruptionanalytics.reports.claims.ClaimSource;
import org.disruptionanalytics.reports.claims.ClaimsSection;
import org.disruptionanalytics.reports.model.Section;
import org.disruptionanalytics.reports.revisions.FigureSink;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.Report;
import org.disruptionanalytics.reports.render.CsvTables;
import org.disruptionanalytics.reports.render.HtmlView;
import org.disruptionanalytics.reports.render.JsonSummary;
import org.disruptionanalytics.reports.render.MarkdownSummary;
import org.disruptionanalytics.reports.sections.PublishedBuilder;
import org.disruptionanalytics.reports.revisions.Baseline;
import org.disruptionanalytics.reports.revisions.Comparison;
import org.disruptionanalytics.reports.sections.ReportContext;
import org.disruptionanalytics.reports.sections.SummaryBuilder;
import org.disruptionanalytics.reports.warehouse.ReportFiles;
import org.disruptionanalytics.reports.warehouse.Warehouse;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * The monthly summary (CONTRACT.md section 5): read the warehouse, build one model of the report,
 * render it into every format, write the files. The run calls it into its staging folder; the
 * standalone command into a folder of its own; both give the same bytes.
 */
public final class MonthlySummary {

  public static final String INTERNAL = "reports/internal";
  public static final String PUBLISHED = "reports/published";

  /** Which releases to write: the run writes both. */
  public enum Audience {
    INTERNAL, PUBLISHED, BOTH;

    boolean internal() {
      return this != PUBLISHED;
    }

    boolean published() {
      return this != INTERNAL;
    }
  }

  private MonthlySummary() {}

  /**
   * A file written, relative to the output root; {@code rows}: a CSV's data rows, or the number of
   * figures for summary.html, .md and .json (they show the same figures).
   */
  public record Written(String path, long rows) {}

  /** Renders the releases and writes them under {@code out}: the internal one and the published one. */
  public static List<Written> write(WarehouseFiles warehouse, ReportFiles out, ReportContext ctx) {
    return write(warehouse, out, ctx, Audience.BOTH, Baseline.none());
  }

  /**
   * Renders the releases the audience names, the internal one with its revisions against the
   * baseline, and writes them under {@code out}.
   */
  public static List<Written> write(WarehouseFiles warehouse, ReportFiles out, ReportContext ctx, Audience audience,
      Baseline baseline) {
    return write(warehouse, out, ctx, audience, baseline, List.of());
  }

  /**
   * As {@link #write(WarehouseFiles, ReportFiles, ReportContext, Audience, Baseline)}, with the
   * claims checked against the warehouse in a "Claims checked" section of the internal release.
   *
   * @throws org.disruptionanalytics.reports.claims.UnreadableClaim when a claim cannot be read
   */
  public static List<Written> write(WarehouseFiles warehouse, ReportFiles out, ReportContext ctx, Audience audience,
      Baseline baseline, List<Claim> claims) {
    List<Function<FigureSink, Section>> appended = new ArrayList<>();
    if (!claims.isEmpty()) {
      ClaimCheck check = ClaimSource.read(warehouse);
      List<ClaimResult> results = claims.stream().map(check::check).toList();
      appended.add(sink -> ClaimsSection.build(sink, results));
    }
    List<Report> reports = new ArrayList<>();
    try (Warehouse w = Warehouse.open(warehouse)) {
      SummaryBuilder.Marts marts = SummaryBuilder.read(w, ctx);
      if (audience.internal()) {
        reports.add(SummaryBuilder.build(ctx, marts, Comparison.read(w, ctx, baseline), appended));
      }
      if (audience.published()) {
        reports.add(PublishedBuilder.build(ctx, marts,
            baseline.previous().flatMap(org.disruptionanalytics.reports.revisions.Release::published)).report());
      }
    }
    List<Written> written = new ArrayList<>();
    for (Report report : reports) {
      String root = root(report);
      Map<String, Long> csvRows = new TreeMap<>();
      report.tables().forEach(t -> csvRows.put(root + "/tables/" + t.name() + ".csv", (long) t.rows().size()));
      files(report).forEach((path, bytes) -> {
        out.write(path, bytes);
        written.add(new Written(path, csvRows.getOrDefault(path, (long) report.figures().size())));
      });
    }
    return written;
  }

  private static String root(Report report) {
    return "published".equals(report.audience()) ? PUBLISHED : INTERNAL;
  }

  /** Every file of the report, by its path under the output root, in path order. */
  public static Map<String, byte[]> files(Report report) {
    String root = root(report);
    Map<String, byte[]> files = new TreeMap<>();
    files.put(root + "/summary.html", HtmlView.render(report));
    files.put(root + "/summary.md", MarkdownSummary.render(report));
    files.put(root + "/summary.json", JsonSummary.render(report));
    for (DataTable t : report.tables()) {
      if (files.put(root + "/tables/" + t.name() + ".csv", CsvTables.render(t)) != null) {
        throw new IllegalStateException("two tables named " + t.name());
      }
    }
    return files;
  }
}
