package org.disruptionanalytics.marts;

import static org.apache.spark.sql.functions.col;
import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cells. As of 15 March 2026, series from January 2025 (the earliest row):
 * <pre>
 *   N1  NCA    NW  OIC   J1  2025-03-10 MAJOR     \
 *   P1  POLICE EE  OIC   J1  2025-03-05 MINOR      } one event J1, dated 5 March 2025
 *   B1  BF     EE  MSHT  J1  2025-03-20 MODERATE  /
 *   N2  NCA    NW  OIC       2025-01-15 MODERATE
 *   N3  NCA    NW  OIC       2026-03-10 MINOR      (the running month)
 *   N4  NCA    NW  OIC       2025-03-14 MINOR      (inside March 2025 up to the 15th)
 *   N5  NCA    NW  OIC       2025-03-20 MAJOR      (after the 15th)
 *   N6  NCA    NW  OIC       2025-03-02 MINOR  CLAIMED
 *   N7  NCA    NW  OIC       2025-03-03 MINOR  REJECTED
 *   H1  HMRC   LDN OIC       2026-02-10 MINOR      (against an empty February 2025)
 * </pre>
 */
class DisruptionCountsTest {

  static final LocalDate AS_OF = LocalDate.parse("2026-03-15");
  static final StructType CLEAN = new StructType()
      .add("source_system", DataTypes.StringType).add("disruption_id", DataTypes.StringType)
      .add("agency_code", DataTypes.StringType).add("region_code", DataTypes.StringType)
      .add("threat_area", DataTypes.StringType).add("ocg_ref", DataTypes.StringType)
      .add("joint_ref", DataTypes.StringType).add("disruption_date", DataTypes.DateType)
      .add("severity", DataTypes.StringType).add("status", DataTypes.StringType);
  static final StructType CELLS = new StructType()
      .add("period_label", DataTypes.StringType).add("agency_code", DataTypes.StringType)
      .add("region_code", DataTypes.StringType).add("disruptions", DataTypes.LongType)
      .add("major", DataTypes.LongType).add("moderate", DataTypes.LongType).add("minor", DataTypes.LongType)
      .add("prior_period_label", DataTypes.StringType).add("prior_disruptions", DataTypes.LongType)
      .add("prior_major", DataTypes.LongType).add("prior_moderate", DataTypes.LongType)
      .add("prior_minor", DataTypes.LongType).add("change", DataTypes.LongType).add("pct_change", DataTypes.DoubleType);

  static Dataset<Row> clean;
  static Dataset<Row> counts;

  private static Row claim(String system, String id, String agency, String region, String threat,
      String ocg, String joint, String date, String severity, String status) {
    return RowFactory.create(system, id, agency, region, threat, ocg, joint, Date.valueOf(date), severity, status);
  }

  @BeforeAll
  static void count() {
    clean = SharedSpark.spark().createDataFrame(List.of(
        claim("NCA", "N1", "NCA", "NW", "OIC", "PND:77", "J1", "2025-03-10", "MAJOR", "VALIDATED"),
        claim("PND", "P1", "POLICE", "EE", "OIC", "SOC:OC-1", "J1", "2025-03-05", "MINOR", "VALIDATED"),
        claim("BF", "B1", "BF", "EE", "MSHT", null, "J1", "2025-03-20", "MODERATE", "VALIDATED"),
        claim("NCA", "N2", "NCA", "NW", "OIC", null, null, "2025-01-15", "MODERATE", "VALIDATED"),
        claim("NCA", "N3", "NCA", "NW", "OIC", null, null, "2026-03-10", "MINOR", "VALIDATED"),
        claim("NCA", "N4", "NCA", "NW", "OIC", null, null, "2025-03-14", "MINOR", "VALIDATED"),
        claim("NCA", "N5", "NCA", "NW", "OIC", null, null, "2025-03-20", "MAJOR", "VALIDATED"),
        claim("NCA", "N6", "NCA", "NW", "OIC", null, null, "2025-03-02", "MINOR", "CLAIMED"),
        claim("NCA", "N7", "NCA", "NW", "OIC", null, null, "2025-03-03", "MINOR", "REJECTED"),
        claim("HMRC", "H1", "HMRC", "LDN", "OIC", null, null, "2026-02-10", "MINOR", "VALIDATED")), CLEAN);
    counts = countsOf(false);
  }

  private static Dataset<Row> countsOf(boolean countClaimed) {
    return clean.transform(new DisruptionEvents(countClaimed)::apply)
        .transform(DisruptionCounts.forSeries(SharedSpark.spark(), YearMonth.of(2025, 1), AS_OF, "run")::apply);
  }

  /** Arguments in fourteens, as {@link #CELLS}. */
  private static Dataset<Row> cells(Object... v) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < v.length; i += 14) {
      Object[] r = Arrays.copyOfRange(v, i, i + 14);
      for (int j : new int[] {3, 4, 5, 6, 8, 9, 10, 11, 12}) {
        r[j] = r[j] == null ? null : ((Integer) r[j]).longValue();
      }
      rows.add(RowFactory.create(r));
    }
    return SharedSpark.spark().createDataFrame(rows, CELLS);
  }

  private static Dataset<Row> select(String threat, String type) {
    return counts.filter(col("threat_area").equalTo(threat).and(col("period_type").equalTo(type)))
        .select("period_label", "agency_code", "region_code", "disruptions", "major", "moderate", "minor",
            "prior_period_label", "prior_disruptions", "prior_major", "prior_moderate", "prior_minor", "change",
            "pct_change");
  }

  @Test
  void everyOicMonthCell() {
    assertSameRows(cells(
            "2025-01", "ALL", "ALL", 1, 0, 1, 0, "2024-01", null, null, null, null, null, null,
            "2025-01", "NCA", "ALL", 1, 0, 1, 0, "2024-01", null, null, null, null, null, null,
            "2025-01", "ALL", "NW", 1, 0, 1, 0, "2024-01", null, null, null, null, null, null,
            "2025-01", "NCA", "NW", 1, 0, 1, 0, "2024-01", null, null, null, null, null, null,
            // The joint event counts once in ALL, once for each agency and each region.
            "2025-03", "ALL", "ALL", 3, 2, 0, 1, "2024-03", null, null, null, null, null, null,
            "2025-03", "NCA", "ALL", 3, 2, 0, 1, "2024-03", null, null, null, null, null, null,
            "2025-03", "POLICE", "ALL", 1, 0, 0, 1, "2024-03", null, null, null, null, null, null,
            "2025-03", "ALL", "NW", 3, 2, 0, 1, "2024-03", null, null, null, null, null, null,
            "2025-03", "ALL", "EE", 1, 0, 0, 1, "2024-03", null, null, null, null, null, null,
            "2025-03", "NCA", "NW", 3, 2, 0, 1, "2024-03", null, null, null, null, null, null,
            "2025-03", "POLICE", "EE", 1, 0, 0, 1, "2024-03", null, null, null, null, null, null,
            // Nothing now, one a year earlier (N2, MODERATE).
            "2026-01", "ALL", "ALL", 0, 0, 0, 0, "2025-01", 1, 0, 1, 0, -1, -100.0,
            "2026-01", "NCA", "ALL", 0, 0, 0, 0, "2025-01", 1, 0, 1, 0, -1, -100.0,
            "2026-01", "ALL", "NW", 0, 0, 0, 0, "2025-01", 1, 0, 1, 0, -1, -100.0,
            "2026-01", "NCA", "NW", 0, 0, 0, 0, "2025-01", 1, 0, 1, 0, -1, -100.0,
            // One now, none a year earlier: the prior exists, so its severities are 0, not null.
            "2026-02", "ALL", "ALL", 1, 0, 0, 1, "2025-02", 0, 0, 0, 0, 1, null,
            "2026-02", "HMRC", "ALL", 1, 0, 0, 1, "2025-02", 0, 0, 0, 0, 1, null,
            "2026-02", "ALL", "LDN", 1, 0, 0, 1, "2025-02", 0, 0, 0, 0, 1, null,
            "2026-02", "HMRC", "LDN", 1, 0, 0, 1, "2025-02", 0, 0, 0, 0, 1, null,
            // The running month, 1-15 March, against 1-15 March 2025 (J1 and N4, not N5). In the
            // prior, J1 is MAJOR where N1 meets the cell and MINOR where only P1 does; N4 is MINOR.
            "2026-03", "ALL", "ALL", 1, 0, 0, 1, "2025-03", 2, 1, 0, 1, -1, -50.0,
            "2026-03", "NCA", "ALL", 1, 0, 0, 1, "2025-03", 2, 1, 0, 1, -1, -50.0,
            "2026-03", "ALL", "NW", 1, 0, 0, 1, "2025-03", 2, 1, 0, 1, -1, -50.0,
            "2026-03", "NCA", "NW", 1, 0, 0, 1, "2025-03", 2, 1, 0, 1, -1, -50.0,
            "2026-03", "POLICE", "ALL", 0, 0, 0, 0, "2025-03", 1, 0, 0, 1, -1, -100.0,
            "2026-03", "ALL", "EE", 0, 0, 0, 0, "2025-03", 1, 0, 0, 1, -1, -100.0,
            "2026-03", "POLICE", "EE", 0, 0, 0, 0, "2025-03", 1, 0, 0, 1, -1, -100.0),
        select("OIC", "MONTH"));
  }

  @Test
  void otherThreatsCountTheirOwnClaimsOfAJointEvent() {
    assertSameRows(cells(
            "2025-03", "ALL", "ALL", 1, 0, 1, 0, "2024-03", null, null, null, null, null, null,
            "2025-03", "BF", "ALL", 1, 0, 1, 0, "2024-03", null, null, null, null, null, null,
            "2025-03", "ALL", "EE", 1, 0, 1, 0, "2024-03", null, null, null, null, null, null,
            "2025-03", "BF", "EE", 1, 0, 1, 0, "2024-03", null, null, null, null, null, null,
            // B1 is dated 20 March, but its event J1 is dated 5 March: it counts in 1-15 March 2025,
            // at B1's own severity, MODERATE (the MAJOR claim N1 is OIC).
            "2026-03", "ALL", "ALL", 0, 0, 0, 0, "2025-03", 1, 0, 1, 0, -1, -100.0,
            "2026-03", "BF", "ALL", 0, 0, 0, 0, "2025-03", 1, 0, 1, 0, -1, -100.0,
            "2026-03", "ALL", "EE", 0, 0, 0, 0, "2025-03", 1, 0, 1, 0, -1, -100.0,
            "2026-03", "BF", "EE", 0, 0, 0, 0, "2025-03", 1, 0, 1, 0, -1, -100.0),
        select("MSHT", "MONTH"));
  }

  @Test
  void longerPeriodsAndTheirLikeForLikePriors() {
    // 2026Q1 and CY 2026 run to 15 March, against 1 January - 15 March 2025: N2 (MODERATE),
    // J1 (MAJOR through N1), N4 (MINOR).
    assertSameRows(cells(
            "2025Q1", "ALL", "ALL", 4, 2, 1, 1, "2024Q1", null, null, null, null, null, null,
            "2026Q1", "ALL", "ALL", 2, 0, 0, 2, "2025Q1", 3, 1, 1, 1, -1, -100.0 / 3),
        select("OIC", "QUARTER").filter("agency_code = 'ALL' and region_code = 'ALL'"));
    assertSameRows(cells(
            "2025", "ALL", "ALL", 4, 2, 1, 1, "2024", null, null, null, null, null, null,
            "2026", "ALL", "ALL", 2, 0, 0, 2, "2025", 3, 1, 1, 1, -1, -100.0 / 3),
        select("OIC", "CY").filter("agency_code = 'ALL' and region_code = 'ALL'"));
    assertSameRows(cells("2025-26", "ALL", "ALL", 2, 0, 0, 2, "2024-25", null, null, null, null, null, null),
        select("OIC", "FY").filter("agency_code = 'ALL' and region_code = 'ALL'"));
    assertSameRows(cells(
            "2025-12", "ALL", "ALL", 4, 2, 1, 1, "2024-12", null, null, null, null, null, null,
            "2026-01", "ALL", "ALL", 3, 2, 0, 1, "2025-01", null, null, null, null, null, null,
            "2026-02", "ALL", "ALL", 4, 2, 0, 2, "2025-02", null, null, null, null, null, null,
            "2026-03", "ALL", "ALL", 2, 0, 0, 2, "2025-03", null, null, null, null, null, null),
        select("OIC", "R12").filter("agency_code = 'ALL' and region_code = 'ALL'"));
    Row fy = counts.filter("threat_area = 'OIC' and period_type = 'FY' and agency_code = 'ALL' and region_code = 'ALL'")
        .select("period_start", "period_end", "data_to", "is_complete").first();
    assertEquals(RowFactory.create(Date.valueOf("2025-04-01"), Date.valueOf("2026-03-31"),
        Date.valueOf("2026-03-15"), false), fy);
  }

  @Test
  void columnsInTheContractsOrder() {
    assertEquals(List.of("threat_area", "period_type", "period_label", "period_start", "period_end", "data_to",
            "is_complete", "agency_code", "region_code", "disruptions", "major", "moderate", "minor",
            "prior_period_label", "prior_disruptions", "prior_major", "prior_moderate", "prior_minor", "change",
            "pct_change", "ratio_ci95_low", "ratio_ci95_high", "change_significant", "as_of", "run_id"),
        List.of(counts.columns()));
  }

  @Test
  void intervalsAtTheirEdges() {
    // 0 against 1: lower bound 0, upper (1 - 0.025) / 0.025 = 39.
    Row zeroAgainstOne = counts.filter("threat_area = 'OIC' and period_label = '2026-03' and period_type = 'MONTH'"
        + " and agency_code = 'POLICE' and region_code = 'EE'")
        .select("ratio_ci95_low", "ratio_ci95_high", "change_significant").first();
    assertEquals(0.0, zeroAgainstOne.getDouble(0));
    assertEquals(39.0, zeroAgainstOne.getDouble(1), 39.0 * 1e-9);
    assertEquals(false, zeroAgainstOne.getBoolean(2));
    // 1 against 0: lower 0.025 / 0.975, no upper bound.
    Row oneAgainstZero = counts.filter("threat_area = 'OIC' and period_label = '2026-02' and period_type = 'MONTH'"
        + " and agency_code = 'ALL' and region_code = 'ALL'")
        .select("ratio_ci95_low", "ratio_ci95_high", "change_significant").first();
    assertEquals(0.025 / 0.975, oneAgainstZero.getDouble(0), 1e-12);
    assertNull(oneAgainstZero.get(1));
    assertEquals(false, oneAgainstZero.getBoolean(2));
    // Prior before the data: everything about the comparison is null.
    Row noPrior = counts.filter("threat_area = 'OIC' and period_label = '2025-03' and period_type = 'MONTH'"
        + " and agency_code = 'ALL' and region_code = 'ALL'")
        .select("prior_disruptions", "ratio_ci95_low", "ratio_ci95_high", "change_significant").first();
    assertEquals(RowFactory.create(null, null, null, null), noPrior);
    // 0 against 0 is never a row: February 2025 and 2024 are both empty.
    assertEquals(0, counts.filter("period_type = 'MONTH' and period_label = '2025-02'").count());
  }

  @Test
  void theEventsMartTracesEachCount() {
    StructType schema = new StructType().add("event_id", DataTypes.StringType)
        .add("event_date", DataTypes.DateType).add("threat_areas", DataTypes.StringType)
        .add("agency_codes", DataTypes.StringType).add("region_codes", DataTypes.StringType)
        .add("severity", DataTypes.StringType).add("claims", DataTypes.LongType)
        .add("source_keys", DataTypes.StringType).add("ocg_refs", DataTypes.StringType);
    Dataset<Row> events = DisruptionEvents.mart(clean.transform(new DisruptionEvents(false)::apply), AS_OF, "run")
        .filter("event_id in ('J1', 'NCA:N2')").drop("as_of", "run_id");
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
        RowFactory.create("J1", Date.valueOf("2025-03-05"), "MSHT|OIC", "BF|NCA|POLICE", "EE|NW", "MAJOR", 3L,
            "BF:B1|NCA:N1|PND:P1", "PND:77|SOC:OC-1"),
        RowFactory.create("NCA:N2", Date.valueOf("2025-01-15"), "OIC", "NCA", "NW", "MODERATE", 1L,
            "NCA:N2", null)), schema), events);
  }

  @Test
  void theClaimedSwitchAddsClaimedRows() {
    Row march = countsOf(true).filter("threat_area = 'OIC' and period_type = 'MONTH' and period_label = '2025-03'"
        + " and agency_code = 'ALL' and region_code = 'ALL'").select("disruptions", "minor").first();
    assertEquals(RowFactory.create(4L, 2L), march);
  }
}
