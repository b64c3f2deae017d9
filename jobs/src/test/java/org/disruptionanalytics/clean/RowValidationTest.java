package org.disruptionanalytics.clean;

import static org.apache.spark.sql.functions.col;
import static org.disruptionanalytics.SharedSpark.assertSameRows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.RawRows;
import org.disruptionanalytics.SharedSpark;
import org.disruptionanalytics.dataset.DatasetRules;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** Every rule of CONTRACT.md section 3.1 step 1, with the reasons written out by hand. */
class RowValidationTest {

  private static final StructType REASONS = new StructType()
      .add("row_number", DataTypes.LongType, false)
      .add("reasons", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static Dataset<Row> validate(InputDataset d, RawRows rows) {
    ReferenceData ref = ReferenceData.bundled();
    return new RowValidation(DatasetRules.of(d, List.copyOf(ref.agencies())), ref).apply(rows.toDataset());
  }

  /** Expected (row_number, reasons) rows: arguments alternate a row number and its reasons. */
  private static Dataset<Row> expected(Object... rowAndReasons) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < rowAndReasons.length; i += 2) {
      rows.add(RowFactory.create(((Integer) rowAndReasons[i]).longValue(),
          Arrays.asList((String[]) rowAndReasons[i + 1])));
    }
    return SharedSpark.spark().createDataFrame(rows, REASONS);
  }

  private static String[] r(String... codes) {
    return codes;
  }

  @Test
  void disruptionRulesAndReasonOrder() {
    RawRows rows = new RawRows(InputDataset.DISRUPTIONS, RawRows.DISRUPTION)
        .add()                                                                     // 1
        .add("source_system", "  \t")                                              // 2
        .add("disruption_date", "2023-02-31")                                      // 3
        .add("disruption_date", "12/03/2024")                                      // 4
        .add("last_updated", "2026-03-01T10:15:00")                                // 5 no offset
        .add("last_updated", "2025-05-03T10:15Z")                                  // 6 seconds optional
        .add("severity", "HUGE")                                                   // 7
        .add("severity", " major ", "status", "validated")                        // 8
        .add("agency_code", "POLICE", "region_code", "")                           // 9
        .add("agency_code", "POLICE", "force_code", "ZZZ", "region_code", "")      // 10
        .add("region_code", "")                                                    // 11 NCA, no region or force
        .add("region_code", "MARS")                                                // 12
        .add("agency_code", "POLICE", "force_code", "BTP", "region_code", "")      // 13
        .add("agency_code", "POLICE", "force_code", "BTP", "region_code", "LDN")   // 14
        .add("agency_code", "police", "force_code", "ken", "region_code", "")      // 15 region from force
        .add("recorded_date", "2025-04-30")                                        // 16
        .add("disruption_id", "", "disruption_date", "2023-02-31", "severity", "HUGE",
            "agency_code", "POLICE", "region_code", "MARS")                        // 17
        .add("recorded_date", "2025-04-30", "last_updated", "yesterday")           // 18
        .add("force_code", "ZZZ", "region_code", "")                               // 19 NCA, unknown force
        .add("agency_code", "xyz", "region_code", "")                              // 20
        .addMalformed()                                                            // 21
        .add("last_updated", "2025-05-02T10:00:00+01:00")                          // 22
        .add("source_system", "\tnca ", "disruption_type", "equipment_seizure")   // 23
        .add("status", null)                                                       // 24 column absent
        .add("agency_code", "BF", "force_code", "KEN", "region_code", "")         // 25 BF, region from force
        .add("agency_code", "BF", "force_code", "BTP", "region_code", "")         // 26 BF, BTP gives none
        .add("recorded_date", "2025-05-01");                                       // 27 same day
    Dataset<Row> out = validate(InputDataset.DISRUPTIONS, rows);
    assertSameRows(expected(
        1, r(), 2, r("MISSING_FIELD"), 3, r("BAD_DATE"), 4, r("BAD_DATE"), 5, r("BAD_TIMESTAMP"),
        6, r(), 7, r("BAD_ENUM"), 8, r(), 9, r("FORCE_REQUIRED"), 10, r("UNKNOWN_FORCE"),
        11, r("MISSING_FIELD"), 12, r("UNKNOWN_REGION"), 13, r("MISSING_FIELD"), 14, r(), 15, r(),
        16, r("DATE_ORDER"),
        17, r("MISSING_FIELD", "BAD_DATE", "BAD_ENUM", "FORCE_REQUIRED", "UNKNOWN_REGION"),
        18, r("BAD_TIMESTAMP", "DATE_ORDER"), 19, r("UNKNOWN_FORCE"), 20, r("MISSING_FIELD", "BAD_ENUM"),
        21, r("MALFORMED_ROW"), 22, r(), 23, r(), 24, r("MISSING_FIELD"), 25, r(),
        26, r("MISSING_FIELD"), 27, r()),
        out.select("row_number", "reasons"));

    // Typed, trimmed, upper-cased; region derived; offsets turned to UTC.
    StructType typed = new StructType()
        .add("row_number", DataTypes.LongType, false)
        .add("source_system", DataTypes.StringType).add("region_code", DataTypes.StringType)
        .add("severity", DataTypes.StringType).add("disruption_type", DataTypes.StringType)
        .add("last_updated", DataTypes.StringType);
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create(6L, "NCA", "NW", "MAJOR", "ARREST", "2025-05-03 10:15:00"),
            RowFactory.create(8L, "NCA", "NW", "MAJOR", "ARREST", "2025-05-02 09:00:00"),
            RowFactory.create(14L, "NCA", "LDN", "MAJOR", "ARREST", "2025-05-02 09:00:00"),
            RowFactory.create(15L, "NCA", "EE", "MAJOR", "ARREST", "2025-05-02 09:00:00"),
            RowFactory.create(22L, "NCA", "NW", "MAJOR", "ARREST", "2025-05-02 09:00:00"),
            RowFactory.create(23L, "NCA", "NW", "MAJOR", "EQUIPMENT_SEIZURE", "2025-05-02 09:00:00"),
            RowFactory.create(25L, "NCA", "EE", "MAJOR", "ARREST", "2025-05-02 09:00:00")), typed),
        out.filter(col("row_number").isin(6, 8, 14, 15, 22, 23, 25)).select(
            col("row_number"), col("source_system"), col("region_code"), col("severity"),
            col("disruption_type"), col("last_updated").cast("string").as("last_updated")));
  }

  @Test
  void mappingReasonsJoinTheRowsOwnOnceAndInContractOrder() {
    RawRows rows = new RawRows(InputDataset.DISRUPTIONS, RawRows.DISRUPTION)
        .add().mappingReasons("BAD_ENUM")                                          // 1 value passed on is valid
        .add("disruption_date", "31/09/2026").mappingReasons("BAD_DATE")           // 2 both find it
        .add("severity", "", "region_code", "Mars").mappingReasons("UNKNOWN_REGION") // 3
        .add("agency_code", "POLICE", "force_code", "Kent", "region_code", "", "last_updated",
            "29/03/2026 01:30").mappingReasons("BAD_TIMESTAMP", "UNKNOWN_FORCE")  // 4
        .add("recorded_date", "2025-04-30").mappingReasons("BAD_DATE")             // 5
        .addMalformed().mappingReasons("BAD_DATE");                               // 6 malformed alone
    assertSameRows(expected(1, r("BAD_ENUM"), 2, r("BAD_DATE"), 3, r("MISSING_FIELD", "UNKNOWN_REGION"),
            4, r("BAD_TIMESTAMP", "UNKNOWN_FORCE"), 5, r("BAD_DATE", "DATE_ORDER"), 6, r("MALFORMED_ROW")),
        validate(InputDataset.DISRUPTIONS, rows).select("row_number", "reasons"));
  }

  @Test
  void investigationRules() {
    RawRows rows = new RawRows(InputDataset.INVESTIGATIONS, RawRows.INVESTIGATION)
        .add()                                                                    // 1
        .add("closed_date", "2025-01-09", "status", "CLOSED")                     // 2
        .add("closed_date", "2025-01-10", "status", "nfa")                        // 3
        .add("lead_agency_code", "POLICE", "region_code", "")                     // 4
        .add("status", "PAUSED")                                                  // 5
        .add("opened_date", "")                                                   // 6
        .add("closed_date", "2025-13-01");                                        // 7
    assertSameRows(expected(1, r(), 2, r("DATE_ORDER"), 3, r(), 4, r("FORCE_REQUIRED"),
            5, r("BAD_ENUM"), 6, r("MISSING_FIELD"), 7, r("BAD_DATE")),
        validate(InputDataset.INVESTIGATIONS, rows).select("row_number", "reasons"));
  }

  @Test
  void registerRules() {
    RawRows rows = new RawRows(InputDataset.OCG_REGISTER, RawRows.REGISTER)
        .add()                                                                    // 1
        .add("tier", "4")                                                         // 2
        .add("tier", "x")                                                         // 3
        .add("tier", "")                                                          // 4 optional
        .add("threat_areas", "oic | Drugs|OIC")                                   // 5
        .add("threat_areas", "OIC|GUNS")                                          // 6
        .add("region_code", "")                                                   // 7
        .add("region_code", "MARS", "list_name", "SOC")                           // 8
        .add("last_assessed_date", "2025-02-29")                                  // 9
        .add("ocg_ref", "pnd:Ab-1", "list_name", "soc_master");                   // 10
    Dataset<Row> out = validate(InputDataset.OCG_REGISTER, rows);
    assertSameRows(expected(1, r(), 2, r("BAD_NUMBER"), 3, r("BAD_NUMBER"), 4, r(), 5, r(),
            6, r("BAD_ENUM"), 7, r("MISSING_FIELD"), 8, r("BAD_ENUM", "UNKNOWN_REGION"), 9, r("BAD_DATE"), 10, r()),
        out.select("row_number", "reasons"));
    StructType normalised = new StructType().add("row_number", DataTypes.LongType, false)
        .add("ocg_ref", DataTypes.StringType).add("list_name", DataTypes.StringType)
        .add("threat_areas", DataTypes.StringType).add("tier", DataTypes.IntegerType);
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create(4L, "PND:1", "PND", "OIC", null),
            RowFactory.create(5L, "PND:1", "PND", "DRUGS|OIC", 2),
            RowFactory.create(10L, "PND:Ab-1", "SOC_MASTER", "OIC", 2)), normalised),
        out.filter(col("row_number").isin(4, 5, 10)).select("row_number", "ocg_ref", "list_name", "threat_areas", "tier"));
  }

  @Test
  void linkRules() {
    RawRows rows = new RawRows(InputDataset.OCG_LINKS, RawRows.LINK)
        .add().add("ocg_ref_b", " ").add("ocg_ref_a", null).addMalformed();
    assertSameRows(expected(1, r(), 2, r("MISSING_FIELD"), 3, r("MISSING_FIELD"), 4, r("MALFORMED_ROW")),
        validate(InputDataset.OCG_LINKS, rows).select("row_number", "reasons"));
  }
}
