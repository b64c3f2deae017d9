package org.disruptionanalytics.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disruptionanalytics.InputFolder;
import org.disruptionanalytics.PipelineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that keeps no disruption at all still publishes a report, and it says so. */
class EmptyWarehouseReportTest {

  @TempDir static Path tmp;

  /** The report's tables: their files are there in every release, empty or not. */
  static final List<String> TABLES = List.of("by_agency", "by_region", "by_severity", "completeness",
      "coverage_by_region", "data_quality", "headline", "plausibility", "quarantine_reasons", "recording_lag",
      "revisions", "trend_monthly", "trend_r12", "work_list");

  @Test
  void aRunWithoutDisruptionsRendersAReportThatSaysSo() throws Exception {
    InputFolder in = new InputFolder(tmp.resolve("in"));
    in.file("ocg_register", "register.csv", InputFolder.REGISTER_HEADER,
        "PND:1,PND,NW,OIC,2,2024-01-01,2025-02-01,ACTIVE,2025-02-01T10:00:00Z");
    // The only disruption row is quarantined (a date that does not exist).
    in.file("disruptions", "d.csv", InputFolder.DISRUPTIONS_HEADER,
        "NCA,D1,NCA,,NW,OIC,PND:1,,,2025-02-30,2025-12-02,MAJOR,ARREST,VALIDATED,2025-12-02T09:00:00Z");
    in.file("investigations", "i.csv", InputFolder.INVESTIGATIONS_HEADER);
    PipelineRun run = PipelineRun.of(in.root(), tmp.resolve("out"), "2026-03-31");
    Path dir = run.output().resolve("reports/internal");
    String md = Files.readString(dir.resolve("summary.md"));
    assertTrue(md.contains("No disruptions were kept up to 31 March 2026, so there are no figures to report."), md);
    // The group is known, never disrupted, assessed more than 12 months before the as-of: on the work list.
    assertTrue(Files.readString(dir.resolve("tables/work_list.csv")).contains("PND:1,PND:1,NW,2,NO_ACTIVITY,2025-02-01,423,"),
        Files.readString(dir.resolve("tables/work_list.csv")));
    List<String> csv;
    try (var files = Files.list(dir.resolve("tables"))) {
      csv = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(TABLES.stream().map(t -> t + ".csv").toList(), csv);
    assertEquals("threat_area,period_type,period_label,agency_code,region_code,period_start,period_end,data_to,"
        + "is_complete,disruptions,prior_disruptions,change,pct_change,ratio_ci95_low,ratio_ci95_high,"
        + "change_significant,flags\n", Files.readString(dir.resolve("tables/headline.csv")));

    Path alone = tmp.resolve("alone");
    assertEquals(0, ReportCommand.run(new String[] {"--warehouse", run.output().toString(), "--out", alone.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    for (String f : List.of("summary.html", "summary.md", "summary.json", "tables/headline.csv")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(alone.resolve("reports/internal/" + f)), f);
    }
  }
}
