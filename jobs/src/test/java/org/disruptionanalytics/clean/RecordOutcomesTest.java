package org.disruptionanalytics.clean;

import static org.disruptionanalytics.SharedSpark.assertSameRows;

import java.time.LocalDate;
import java.util.ArrayList;
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

/** Steps 2 and 3 of CONTRACT.md section 3.1 and the link outcomes, expectations written by hand. */
class RecordOutcomesTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-03-31");
  private static final StructType OUTCOMES = new StructType()
      .add("source_file", DataTypes.StringType, false)
      .add("row_number", DataTypes.LongType, false)
      .add("outcome", DataTypes.StringType)
      .add("reason_codes", DataTypes.StringType);

  private static Dataset<Row> outcomes(InputDataset d, RawRows rows) {
    ReferenceData ref = ReferenceData.bundled();
    DatasetRules rules = DatasetRules.of(d, List.copyOf(ref.agencies()));
    return rows.toDataset()
        .transform(new RowValidation(rules, ref)::apply)
        .transform(new RecordOutcomes(rules, AS_OF)::apply)
        .select("source_file", "row_number", "outcome", "reason_codes");
  }

  /** Arguments in fours: file, row number, outcome, reason codes. */
  private static Dataset<Row> expected(Object... cells) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < cells.length; i += 4) {
      rows.add(RowFactory.create(cells[i], ((Integer) cells[i + 1]).longValue(), cells[i + 2], cells[i + 3]));
    }
    return SharedSpark.spark().createDataFrame(rows, OUTCOMES);
  }

  @Test
  void versionsDuplicatesConflictsAndTheAsOf() {
    RawRows rows = new RawRows(InputDataset.DISRUPTIONS, RawRows.DISRUPTION)
        .add("disruption_id", "D1", "last_updated", "2025-05-02T09:00:00Z")                 // 1 older
        .add("disruption_id", "D1", "last_updated", "2025-06-01T00:00:00Z")                 // 2 newer
        .add("disruption_id", "D2")                                                         // 3
        .add("disruption_id", "D3", "severity", "MAJOR", "last_updated", "2025-06-01T00:00:00Z")  // 4
        .add("disruption_id", "D3", "severity", "MINOR", "last_updated", "2025-06-01T00:00:00Z")  // 5
        .add("disruption_id", "D3", "last_updated", "2025-05-01T00:00:00Z")                 // 6 older
        .add("disruption_id", "D4", "recorded_date", "2026-04-01")                          // 7
        .add("disruption_id", "D5", "last_updated", "2026-04-01T00:00:00Z")                 // 8
        .add("disruption_id", "D6", "last_updated", "2026-03-31T23:59:59Z")                 // 9
        .add("disruption_id", "D7", "severity", "HUGE", "last_updated", "2025-07-01T00:00:00Z")   // 10
        .add("disruption_id", "D7")                                                         // 11
        .add("disruption_id", "D8", "last_updated", "2026-05-01T00:00:00Z")                 // 12
        .add("disruption_id", "D8")                                                         // 13
        .add("disruption_id", "D9", "last_updated", "2026-04-01T00:30:00+01:00")            // 14
        .add("disruption_id", "D10", "source_system", "BF")                                 // 15
        .add("disruption_id", "D10")                                                        // 16
        .add("disruption_id", "D11", "last_updated", "2025-05-02T10:00:00+01:00", "severity", "major ") // 17
        .addFrom("a.csv", "disruption_id", "D2", "severity", " Major", "status", "validated"); // a.csv 18
    assertSameRows(expected(
            "t.csv", 1, "SUPERSEDED", null,
            "t.csv", 2, "VALID", null,
            "t.csv", 3, "DUPLICATE_DROPPED", null,
            "t.csv", 4, "QUARANTINED:DUPLICATE_CONFLICT", "DUPLICATE_CONFLICT",
            "t.csv", 5, "QUARANTINED:DUPLICATE_CONFLICT", "DUPLICATE_CONFLICT",
            "t.csv", 6, "SUPERSEDED", null,
            "t.csv", 7, "AFTER_AS_OF", null,
            "t.csv", 8, "AFTER_AS_OF", null,
            "t.csv", 9, "VALID", null,
            "t.csv", 10, "QUARANTINED:BAD_ENUM", "BAD_ENUM",
            "t.csv", 11, "VALID", null,
            "t.csv", 12, "AFTER_AS_OF", null,
            "t.csv", 13, "VALID", null,
            "t.csv", 14, "VALID", null,
            "t.csv", 15, "VALID", null,
            "t.csv", 16, "VALID", null,
            "t.csv", 17, "VALID", null,
            "a.csv", 18, "VALID", null),
        outcomes(InputDataset.DISRUPTIONS, rows));
  }

  @Test
  void identicalCopiesWithTheSameInstantInDifferentOffsetsAreDuplicates() {
    RawRows rows = new RawRows(InputDataset.DISRUPTIONS, RawRows.DISRUPTION)
        .add("last_updated", "2025-05-02T10:00:00+01:00")
        .add("last_updated", "2025-05-02T09:00:00Z", "source_system", " nca");
    assertSameRows(expected("t.csv", 1, "VALID", null, "t.csv", 2, "DUPLICATE_DROPPED", null),
        outcomes(InputDataset.DISRUPTIONS, rows));
  }

  @Test
  void investigationsAndRegisterExistFromTheirOwnDates() {
    RawRows investigations = new RawRows(InputDataset.INVESTIGATIONS, RawRows.INVESTIGATION)
        .add("investigation_id", "I1", "opened_date", "2026-04-01")
        .add("investigation_id", "I2", "opened_date", "2026-03-31");
    assertSameRows(expected("t.csv", 1, "AFTER_AS_OF", null, "t.csv", 2, "VALID", null),
        outcomes(InputDataset.INVESTIGATIONS, investigations));
    RawRows register = new RawRows(InputDataset.OCG_REGISTER, RawRows.REGISTER)
        .add("ocg_ref", "PND:1", "first_recorded_date", "2026-04-01")
        .add("ocg_ref", "PND:2")
        .add("ocg_ref", "PND:2", "list_name", "SOC_MASTER");
    assertSameRows(expected("t.csv", 1, "AFTER_AS_OF", null, "t.csv", 2, "VALID", null,
            "t.csv", 3, "VALID", null),
        outcomes(InputDataset.OCG_REGISTER, register));
  }

  @Test
  void links() {
    RawRows rows = new RawRows(InputDataset.OCG_LINKS, RawRows.LINK)
        .add("ocg_ref_a", "A:1", "ocg_ref_b", "B:1")          // 1
        .add("ocg_ref_a", "B:1", "ocg_ref_b", "A:1")          // 2 same pair reversed
        .add("ocg_ref_a", "PND:1", "ocg_ref_b", "PND:2")      // 3 same list
        .add("ocg_ref_a", "PND:2", "ocg_ref_b", "PND:1")      // 4
        .add("ocg_ref_a", "PND:3", "ocg_ref_b", "PND:3")      // 5 self-link
        .add("ocg_ref_a", "PND:3", "ocg_ref_b", "PND:3")      // 6
        .add("ocg_ref_b", "")                                 // 7
        .add("ocg_ref_a", "pnd:5", "ocg_ref_b", "PND:6")      // 8 prefixes fold case
        .add("ocg_ref_a", "PND:9", "ocg_ref_b", "SOC:9")      // 9 repeats a.csv's pair
        .addFrom("a.csv", "ocg_ref_a", "SOC:9", "ocg_ref_b", "PND:9"); // 10
    assertSameRows(expected(
            "t.csv", 1, "VALID", null,
            "t.csv", 2, "DUPLICATE_DROPPED", null,
            "t.csv", 3, "LINKED_SAME_LIST", null,
            "t.csv", 4, "DUPLICATE_DROPPED", null,
            "t.csv", 5, "VALID", null,
            "t.csv", 6, "DUPLICATE_DROPPED", null,
            "t.csv", 7, "QUARANTINED:MISSING_FIELD", "MISSING_FIELD",
            "t.csv", 8, "LINKED_SAME_LIST", null,
            "t.csv", 9, "DUPLICATE_DROPPED", null,
            "a.csv", 10, "VALID", null),
        outcomes(InputDataset.OCG_LINKS, rows));
  }
}
