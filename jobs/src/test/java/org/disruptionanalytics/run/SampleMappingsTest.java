package org.disruptionanalytics.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.InputFolder;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two mapped exports of data/sample (Metropolitan Police CSV, Immigration Enforcement JSON Lines)
 * with their mapping files, run alone as of the sample's as-of. Expected values are worked by hand
 * from the files.
 */
class SampleMappingsTest {

  static final Path SAMPLE = Path.of("..", "data", "sample");
  static final String MPS = "disruptions/mps_export_2026-10.csv";
  static final String IE = "disruptions/ie_casework_export.jsonl";

  @TempDir static Path tmp;
  static PipelineRun run;

  @BeforeAll
  static void runMappedExports() throws IOException {
    InputFolder in = new InputFolder(tmp.resolve("in"));
    Files.createDirectories(in.root().resolve("mappings"));
    for (String f : List.of(MPS, IE, "mappings/mps_export.json", "mappings/ie_casework.json")) {
      Files.copy(SAMPLE.resolve(f), in.root().resolve(f));
    }
    run = PipelineRun.of(in.root(), tmp.resolve("out"), "2026-10-31");
  }

  @Test
  void everyRowHasItsOutcome() {
    StructType schema = new StructType().add("source_system", DataTypes.StringType)
        .add("outcome", DataTypes.StringType).add("rows", DataTypes.LongType);
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create("MPS", "VALID", 15L), RowFactory.create("MPS", "SUPERSEDED", 1L),
            RowFactory.create("MPS", "AFTER_AS_OF", 1L), RowFactory.create("MPS", "QUARANTINED:BAD_DATE", 2L),
            RowFactory.create("MPS", "QUARANTINED:BAD_ENUM", 1L),
            RowFactory.create("MPS", "QUARANTINED:BAD_TIMESTAMP", 1L),
            RowFactory.create("MPS", "QUARANTINED:FORCE_REQUIRED", 1L),
            RowFactory.create("MPS", "QUARANTINED:UNKNOWN_FORCE", 1L),
            RowFactory.create("IE", "VALID", 10L), RowFactory.create("IE", "AFTER_AS_OF", 1L),
            RowFactory.create("IE", "QUARANTINED:BAD_DATE", 1L), RowFactory.create("IE", "QUARANTINED:BAD_ENUM", 1L),
            RowFactory.create("IE", "QUARANTINED:BAD_TIMESTAMP", 1L),
            RowFactory.create("IE", "QUARANTINED:MISSING_FIELD", 2L),
            RowFactory.create("IE", "QUARANTINED:UNKNOWN_REGION", 1L),
            RowFactory.create("UNKNOWN", "QUARANTINED:MALFORMED_ROW", 1L),
            RowFactory.create("UNKNOWN", "QUARANTINED:MISSING_FIELD", 1L)), schema),
        run.table("marts/data_quality").select("source_system", "outcome", "rows"));
  }

  @Test
  void cleanRowsHoldTheContractsValues() {
    StructType schema = new StructType().add("disruption_id", DataTypes.StringType)
        .add("source_system", DataTypes.StringType).add("agency_code", DataTypes.StringType)
        .add("force_code", DataTypes.StringType).add("region_code", DataTypes.StringType)
        .add("threat_area", DataTypes.StringType).add("disruption_date", DataTypes.DateType)
        .add("severity", DataTypes.StringType).add("disruption_type", DataTypes.StringType)
        .add("status", DataTypes.StringType).add("last_updated", DataTypes.StringType);
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create("MPS-26-0104", "MPS", "POLICE", "COL", "LDN", "FRAUD", Date.valueOf("2026-09-15"),
                "MINOR", "ASSET_DENIAL", "VALIDATED", "2026-09-16 11:30:00"),
            RowFactory.create("MPS-26-0110", "MPS", "POLICE", "MPS", "LDN", "OIC", Date.valueOf("2026-09-29"),
                "MODERATE", "ARREST", "VALIDATED", "2026-10-06 15:20:00"),
            RowFactory.create("MPS-26-0112", "MPS", "POLICE", "MPS", "LDN", "OIC", Date.valueOf("2026-10-04"),
                "MAJOR", "ARREST", "VALIDATED", "2026-10-05 11:00:00"),
            RowFactory.create("MPS-26-0117", "MPS", "POLICE", "MPS", "LDN", "OIC", Date.valueOf("2026-10-24"),
                "MINOR", "ARREST", "VALIDATED", "2026-10-25 00:30:00"),
            RowFactory.create("MPS-26-0119", "MPS", "POLICE", "MPS", "LDN", "OIC", Date.valueOf("2026-10-30"),
                "MINOR", "ARREST", "VALIDATED", "2026-10-31 23:59:00"),
            RowFactory.create("IECW-26-0302", "IE", "BF", null, "SE", "OIC", Date.valueOf("2026-09-06"),
                "MODERATE", "EQUIPMENT_SEIZURE", "VALIDATED", "2026-09-06 18:30:00"),
            RowFactory.create("IECW-26-0309", "IE", "IE", null, "INTL", "OIC", Date.valueOf("2026-09-08"),
                "MAJOR", "INTERNATIONAL", "VALIDATED", "2026-09-09 16:00:00"),
            RowFactory.create("IECW-26-0317", "IE", "IE", null, "LDN", "MSHT", Date.valueOf("2026-10-15"),
                "MODERATE", "ARREST", "VALIDATED", "2026-10-16 14:00:00")), schema),
        run.table("clean/disruptions")
            .filter(col("disruption_id").isin("MPS-26-0104", "MPS-26-0110", "MPS-26-0112", "MPS-26-0117",
                "MPS-26-0119", "IECW-26-0302", "IECW-26-0309", "IECW-26-0317"))
            .select(col("disruption_id"), col("source_system"), col("agency_code"), col("force_code"),
                col("region_code"), col("threat_area"), col("disruption_date"), col("severity"),
                col("disruption_type"), col("status"), col("last_updated").cast("string").as("last_updated")));
  }

  @Test
  void quarantinedRowsKeepTheirTextAndGiveEveryReason() {
    StructType schema = new StructType().add("source_file", DataTypes.StringType).add("id", DataTypes.StringType)
        .add("reason_codes", DataTypes.StringType);
    Dataset<Row> quarantine = run.table("quarantine/disruptions");
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create(MPS, "MPS-26-0113", "UNKNOWN_FORCE"),
            RowFactory.create(MPS, "MPS-26-0114", "BAD_DATE"),
            RowFactory.create(MPS, "MPS-26-0115", "BAD_DATE"),
            RowFactory.create(MPS, "MPS-26-0116", "BAD_ENUM"),
            RowFactory.create(MPS, "MPS-26-0118", "BAD_TIMESTAMP"),
            RowFactory.create(MPS, "MPS-26-0121", "FORCE_REQUIRED"),
            RowFactory.create(IE, "IECW-26-0310", "BAD_ENUM"),
            RowFactory.create(IE, "IECW-26-0311", "MISSING_FIELD"),
            RowFactory.create(IE, "IECW-26-0312", "MISSING_FIELD"),
            RowFactory.create(IE, "IECW-26-0313", "UNKNOWN_REGION"),
            RowFactory.create(IE, "IECW-26-0314", "MALFORMED_ROW"),
            RowFactory.create(IE, "IECW-26-0315", "BAD_TIMESTAMP"),
            RowFactory.create(IE, "IECW-26-0318", "BAD_DATE"),
            RowFactory.create(IE, "IECW-26-0319", "MISSING_FIELD")), schema),
        quarantine.select(col("source_file"),
            regexp_extract(col("raw_record"), "(MPS-26-\\d{4}|IECW-26-\\d{4})", 1).as("id"), col("reason_codes")));
    assertEquals("MPS-26-0118,27/03/2026,28/03/2026,Met,Haringey,Drugs,Arrest,Minor,Validated,,DC 4518,"
            + "29/03/2026 01:30",
        quarantine.filter(col("reason_codes").equalTo("BAD_TIMESTAMP").and(col("source_file").equalTo(MPS)))
            .first().getAs("raw_record"));
  }

  @Test
  void theManifestNamesEachFilesMappingAndTheColumnsItIgnored() {
    Map<String, List<Object>> byFile = new TreeMap<>();
    run.manifest().inputs().forEach(i -> byFile.put(i.path().replaceAll(".*/in/", ""),
        List.of(String.valueOf(i.mapping()), i.ignoredColumns())));
    assertEquals(Map.of(
        IE, List.of("mappings/ie_casework.json", List.of("caseworker", "event.notes")),
        MPS, List.of("mappings/mps_export.json", List.of("borough", "officer in case"))), byFile);
    assertEquals(List.of("no input files in investigations/", "no input files in ocg_register/"),
        run.manifest().warnings());
  }
}
