package org.disruptionanalytics.marts;

import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.PublishedWarehouse;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published OIC table (data/reference/published_oic_disruptions.csv, released 16 July 2026),
 * expanded into record-level input in data/published with joint claims and rows that must not
 * count, run through the whole pipeline as of 31 March 2026. Every figure below is copied from
 * the published table or the release's headline, not computed.
 */
class PublishedTableTest {

  static Dataset<Row> oic;
  static PipelineRun run;

  @BeforeAll
  static void runPublished() {
    run = PublishedWarehouse.run();
    oic = run.table("marts/disruption_counts")
        .filter("threat_area = 'OIC' and agency_code = 'ALL' and region_code = 'ALL'");
  }

  private static final StructType ROW = new StructType()
      .add("period_label", DataTypes.StringType).add("disruptions", DataTypes.LongType)
      .add("major", DataTypes.LongType).add("moderate", DataTypes.LongType).add("minor", DataTypes.LongType);

  private static Dataset<Row> rows(Object... v) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < v.length; i += 5) {
      rows.add(RowFactory.create(v[i], ((Integer) v[i + 1]).longValue(), ((Integer) v[i + 2]).longValue(),
          ((Integer) v[i + 3]).longValue(), ((Integer) v[i + 4]).longValue()));
    }
    return SharedSpark.spark().createDataFrame(rows, ROW);
  }

  @Test
  void allThirteenQuarters() {
    assertSameRows(rows(
            "2023Q1", 311, 7, 45, 259, "2023Q2", 378, 14, 50, 314, "2023Q3", 443, 14, 54, 375,
            "2023Q4", 423, 17, 47, 359, "2024Q1", 533, 13, 59, 461, "2024Q2", 646, 21, 54, 571,
            "2024Q3", 572, 16, 66, 490, "2024Q4", 559, 21, 56, 482, "2025Q1", 801, 26, 107, 668,
            "2025Q2", 694, 24, 86, 584, "2025Q3", 901, 22, 120, 759, "2025Q4", 1033, 28, 144, 861,
            "2026Q1", 1138, 34, 156, 948),
        oic.filter("period_type = 'QUARTER'").select("period_label", "disruptions", "major", "moderate", "minor"));
  }

  @Test
  void financialYearHeadline() {
    assertSameRows(rows("2024-25", 2578, 84, 283, 2211, "2025-26", 3766, 108, 506, 3152),
        oic.filter("period_type = 'FY' and period_label in ('2024-25', '2025-26')")
            .select("period_label", "disruptions", "major", "moderate", "minor"));
    Row fy = oic.filter("period_type = 'FY' and period_label = '2025-26'")
        .select("prior_period_label", "prior_disruptions", "change", "pct_change", "is_complete",
            "change_significant").first();
    assertEquals(RowFactory.create("2024-25", 2578L, 1188L, fy.getDouble(3), true, true), fy);
    assertEquals(46.1, Math.round(fy.getDouble(3) * 10) / 10.0);
    // The prior's severities are the published FY 2024-25 row's.
    assertSameRows(rows("2025-26", 2578, 84, 283, 2211),
        oic.filter("period_type = 'FY' and period_label = '2025-26'")
            .selectExpr("period_label", "prior_disruptions as disruptions", "prior_major as major",
                "prior_moderate as moderate", "prior_minor as minor"));
  }

  @Test
  void yearEndingSeptember2025() {
    Row r12 = oic.filter("period_type = 'R12' and period_label = '2025-09'")
        .select("disruptions", "prior_disruptions", "pct_change").first();
    assertEquals(2955L, r12.getLong(0));
    assertEquals(2174L, r12.getLong(1));
    assertEquals(35.9, Math.round(r12.getDouble(2) * 10) / 10.0);
  }

  @Test
  void runLocalPrintsTheHeadlineFromTheMart() {
    assertTrue(run.headline().get(0).startsWith(
        "OIC disruptions, FY 2025-26: 3,766 against 2,578 in FY 2024-25 (+46.1%; ratio 95% CI 1.389 to 1.536; significant)"),
        run.headline().get(0));
    assertTrue(run.headline().get(1).startsWith(
        "OIC disruptions, year ending March 2026 (R12 2026-03): 3,766 against 2,578"), run.headline().get(1));
  }

  /** The report of the same run: its headline and its R12 table quote the release's figures. */
  @Test
  void theReportQuotesTheReleasesHeadline() throws java.io.IOException {
    Path dir = run.output().resolve("reports/internal");
    String md = java.nio.file.Files.readString(dir.resolve("summary.md"));
    assertTrue(md.contains("- Financial year 2025-26 (April 2025 to March 2026): 3,766 OIC disruptions against 2,578"
        + " in April 2024 to March 2025: rose by almost half (+46.1%, a change of +1,188)."), md);
    assertTrue(md.contains("- Year ending March 2026 (R12 2026-03): 3,766 OIC disruptions against 2,578 in the year"
        + " ending March 2025: rose by almost half (+46.1%, a change of +1,188)."), md);
    // No running financial year at a year-end as-of.
    assertFalse(md.contains("to date ("), md);
    String r12 = java.nio.file.Files.readString(dir.resolve("tables/trend_r12.csv"));
    assertTrue(r12.contains("\nOIC,R12,2025-09,ALL,ALL,2024-10-01,2025-09-30,2025-09-30,true,2955,2174,781,"
        + 100.0 * 781 / 2174 + ",\n"), r12);
    assertTrue(md.contains("| year ending September 2025 | 2025-09 | 2,955 | 2,174 | +781 | +35.9% | rose by more"
        + " than a third |  |"), md);
  }

  @Test
  void thePublishedReleaseDisclosesNoSmallCount() throws java.io.IOException {
    System.out.println("data/published's published release: "
        + org.disruptionanalytics.reports.PublishedReleaseCheck.check(run,
        org.disruptionanalytics.reports.PublishedReleaseCheck.National.ALL_COUNTS));
  }
}
