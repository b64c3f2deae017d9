package org.disruptionanalytics.marts;

import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
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
 * Coverage worked by hand, as of 29 February 2028: the 12 months are 1 March 2027 to 29 February
 * 2028 (the day 12 months before is 28 February 2027, the last day of that month).
 * <pre>
 *   G1  PND:100 + SOC:OC-100 (+ PND:777 known only through a link)
 *       events: E1 2027-02-28 via PND:100 (just outside), E2 2027-03-01 via PND:777 (first day in),
 *       E3 2028-02-29 via both registered refs (one event); an OPEN investigation too
 *   G2  PND:200   event E4 2027-02-28 (outside); investigations OPEN 2025-06-01, CLOSED 2026-01-05
 *   G3  PND:300   assessed 2027-03-01 (inside); a CLOSED investigation
 *   G4  PND:400   assessed 2027-02-28 (outside)
 *   G5  PND:500   ARCHIVED only, with an event: not a known active group
 *   G6  SOC:OC-600 ACTIVE without tier + PND:600 ARCHIVED (tier 1, assessed 2028-01-01)
 *   G7  PND:700 (NE) and SOC:OC-700 (LDN), both ACTIVE and updated at the same instant
 * </pre>
 */
class OcgCoverageTest {

  static final LocalDate AS_OF = LocalDate.parse("2028-02-29");
  static final StructType REGISTER = new StructType()
      .add("ocg_ref", DataTypes.StringType).add("list_name", DataTypes.StringType)
      .add("region_code", DataTypes.StringType).add("threat_areas", DataTypes.StringType)
      .add("tier", DataTypes.IntegerType).add("last_assessed_date", DataTypes.DateType)
      .add("status", DataTypes.StringType).add("last_updated", DataTypes.TimestampType);
  static final StructType GROUPS = new StructType()
      .add("ocg_ref", DataTypes.StringType).add("ocg_id", DataTypes.StringType);
  static final StructType EVENTS = new StructType()
      .add("event_id", DataTypes.StringType).add("event_date", DataTypes.DateType)
      .add("ocg_refs", DataTypes.StringType);
  static final StructType INVESTIGATIONS = new StructType()
      .add("ocg_ref", DataTypes.StringType).add("status", DataTypes.StringType)
      .add("opened_date", DataTypes.DateType);
  static final StructType COVERAGE = new StructType()
      .add("ocg_id", DataTypes.StringType).add("linked_refs", DataTypes.StringType)
      .add("on_pnd", DataTypes.BooleanType).add("on_soc_master", DataTypes.BooleanType)
      .add("region_code", DataTypes.StringType).add("tier", DataTypes.IntegerType)
      .add("threat_areas", DataTypes.StringType).add("last_disruption_date", DataTypes.DateType)
      .add("disruptions_12m", DataTypes.LongType).add("open_investigations", DataTypes.LongType)
      .add("last_investigation_date", DataTypes.DateType).add("last_assessed_date", DataTypes.DateType)
      .add("days_since_assessed", DataTypes.IntegerType).add("coverage_status", DataTypes.StringType)
      .add("as_of", DataTypes.DateType).add("run_id", DataTypes.StringType);

  static Dataset<Row> coverage;

  private static Date d(String day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static Row reg(String ref, String list, String region, String threats, Integer tier,
      String assessed, String status, String updated) {
    return RowFactory.create(ref, list, region, threats, tier, d(assessed), status,
        Timestamp.valueOf(updated + " 00:00:00"));
  }

  @BeforeAll
  static void build() {
    var spark = SharedSpark.spark();
    Dataset<Row> register = spark.createDataFrame(List.of(
        reg("PND:100", "PND", "NW", "OIC|DRUGS", 2, "2027-01-10", "ACTIVE", "2028-01-01"),
        reg("SOC:OC-100", "SOC_MASTER", "LDN", "MSHT", 1, "2026-05-01", "ACTIVE", "2028-02-01"),
        reg("PND:200", "PND", "EE", "OIC", 3, null, "ACTIVE", "2027-05-01"),
        reg("PND:300", "PND", "SE", "FRAUD", null, "2027-03-01", "ACTIVE", "2027-05-01"),
        reg("PND:400", "PND", "SW", "DRUGS", 2, "2027-02-28", "ACTIVE", "2027-05-01"),
        reg("PND:500", "PND", "NE", "OIC", 1, "2028-01-01", "ARCHIVED", "2027-05-01"),
        reg("SOC:OC-600", "SOC_MASTER", "WM", "FIREARMS", null, "2025-01-01", "ACTIVE", "2027-01-01"),
        reg("PND:600", "PND", "EM", "OIC", 1, "2028-01-01", "ARCHIVED", "2028-01-02"),
        reg("SOC:OC-700", "SOC_MASTER", "LDN", "OIC", 2, "2020-01-01", "ACTIVE", "2027-06-01"),
        reg("PND:700", "PND", "NE", "OIC", 3, "2020-01-01", "ACTIVE", "2027-06-01")), REGISTER);
    Dataset<Row> groups = spark.createDataFrame(List.of(
        RowFactory.create("PND:100", "PND:100"), RowFactory.create("SOC:OC-100", "PND:100"),
        RowFactory.create("PND:777", "PND:100"), RowFactory.create("PND:200", "PND:200"),
        RowFactory.create("PND:300", "PND:300"), RowFactory.create("PND:400", "PND:400"),
        RowFactory.create("PND:500", "PND:500"), RowFactory.create("PND:600", "PND:600"),
        RowFactory.create("SOC:OC-600", "PND:600"), RowFactory.create("PND:700", "PND:700"),
        RowFactory.create("SOC:OC-700", "PND:700")), GROUPS);
    Dataset<Row> events = spark.createDataFrame(List.of(
        RowFactory.create("E1", d("2027-02-28"), "PND:100"),
        RowFactory.create("E2", d("2027-03-01"), "PND:777|X:9"),
        RowFactory.create("E3", d("2028-02-29"), "PND:100|SOC:OC-100"),
        RowFactory.create("E4", d("2027-02-28"), "PND:200"),
        RowFactory.create("E5", d("2028-01-15"), "PND:500"),
        RowFactory.create("E6", d("2028-01-15"), null)), EVENTS);
    Dataset<Row> investigations = spark.createDataFrame(List.of(
        RowFactory.create("SOC:OC-100", "OPEN", d("2027-11-01")),
        RowFactory.create("PND:200", "OPEN", d("2025-06-01")),
        RowFactory.create("PND:200", "CLOSED", d("2026-01-05")),
        RowFactory.create("PND:300", "CLOSED", d("2027-09-09")),
        RowFactory.create(null, "OPEN", d("2027-09-09"))), INVESTIGATIONS);
    coverage = register.transform(new OcgCoverage(groups, events, investigations, AS_OF, "run-1")::apply);
  }

  private static Row row(String id, String refs, boolean pnd, boolean soc, String region, Integer tier,
      String threats, String lastDisruption, long d12, long open, String lastInvestigation,
      String assessed, Integer days, String status) {
    return RowFactory.create(id, refs, pnd, soc, region, tier, threats, d(lastDisruption), d12, open,
        d(lastInvestigation), d(assessed), days, status, d("2028-02-29"), "run-1");
  }

  @Test
  void everyKnownActiveGroupWithItsActivityAndStatus() {
    Dataset<Row> expected = SharedSpark.spark().createDataFrame(List.of(
        row("PND:100", "PND:100|PND:777|SOC:OC-100", true, true, "LDN", 1, "DRUGS|MSHT|OIC",
            "2028-02-29", 2, 1, "2027-11-01", "2027-01-10", 415, "DISRUPTED_12M"),
        row("PND:200", "PND:200", true, false, "EE", 3, "OIC",
            "2027-02-28", 0, 1, "2026-01-05", null, null, "UNDER_INVESTIGATION"),
        row("PND:300", "PND:300", true, false, "SE", null, "FRAUD",
            null, 0, 0, "2027-09-09", "2027-03-01", 365, "ASSESSED_ONLY"),
        row("PND:400", "PND:400", true, false, "SW", 2, "DRUGS",
            null, 0, 0, null, "2027-02-28", 366, "NO_ACTIVITY"),
        row("PND:600", "PND:600|SOC:OC-600", false, true, "WM", null, "FIREARMS",
            null, 0, 0, null, "2028-01-01", 59, "ASSESSED_ONLY"),
        row("PND:700", "PND:700|SOC:OC-700", true, true, "NE", 2, "OIC",
            null, 0, 0, null, "2020-01-01", 2981, "NO_ACTIVITY")), COVERAGE);
    assertSameRows(expected, coverage);
  }

  @Test
  void headlineCountsGroupsByStatus() {
    assertEquals(List.of("Known active crime groups: 6; disrupted in the last 12 months 1, under investigation 1,"
        + " assessed only 2, no activity 2"), OcgCoverage.lines(coverage));
  }
}
