package org.disruptionanalytics.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.Report;
import org.disruptionanalytics.reports.render.CsvTables;
import org.disruptionanalytics.reports.render.HtmlView;
import org.disruptionanalytics.reports.render.JsonSummary;
import org.disruptionanalytics.reports.render.MarkdownSummary;
import org.disruptionanalytics.reports.revisions.Baseline;
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

  private MonthlySummary() {}

  /**
   * A file written, relative to the output root; {@code rows}: a CSV's data rows, or the number of
   * figures for summary.html, .md and .json (they show the same figures).
   */
  public record Written(String path, long rows) {}

  /** Renders the report and writes it under {@code out}. */
  public static List<Written> write(WarehouseFiles warehouse, ReportFiles out, ReportContext ctx) {
    return write(warehouse, out, ctx, Baseline.none());
  }

  /** Renders the report, with its revisions against the baseline, and writes it under {@code out}. */
  public static List<Written> write(WarehouseFiles warehouse, ReportFiles out, ReportContext ctx, Baseline baseline) {
    Report report;
    try (Warehouse w = Warehouse.open(warehouse)) {
      report = SummaryBuilder.build(w, ctx, baseline);
    }
    Map<String, byte[]> files = files(report);
    List<Written> written = new ArrayList<>();
    Map<String, Long> csvRows = new TreeMap<>();
    report.tables().forEach(t -> csvRows.put(INTERNAL + "/tables/" + t.name() + ".csv", (long) t.rows().size()));
    files.forEach((path, bytes) -> {
      out.write(path, bytes);
      written.add(new Written(path, csvRows.getOrDefault(path, (long) report.figures().size())));
    });
    return written;
  }

  /** Every file of the report, by its path under the output root, in path order. */
  public static Map<String, byte[]> files(Report report) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put(INTERNAL + "/summary.html", HtmlView.render(report));
    files.put(INTERNAL + "/summary.md", MarkdownSummary.render(report));
    files.put(INTERNAL + "/summary.json", JsonSummary.render(report));
    for (DataTable t : report.tables()) {
      if (files.put(INTERNAL + "/tables/" + t.name() + ".csv", CsvTables.render(t)) != null) {
        throw new IllegalStateException("two tables named " + t.name());
      }
    }
    return files;
  }
}
