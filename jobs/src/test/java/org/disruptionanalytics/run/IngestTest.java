package org.disruptionanalytics.run;

import static org.apache.spark.sql.functions.col;
import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The whole job over one input folder that mixes CSV (with a byte-order mark, quoting and an
 * extra column), JSON Lines (with bad lines) and Parquet (typed columns), plus an empty folder,
 * a header-only file and a file lacking a required column. Expectations are written by hand.
 */
class IngestTest {

  @TempDir static Path tmp;
  static PipelineRun run;

  static final String H = InputFolder.DISRUPTIONS_HEADER;

  @BeforeAll
  static void runPipeline() throws Exception {
    InputFolder in = new InputFolder(tmp.resolve("in"));
    String csv = String.join("\r\n",
        H + ",notes",
        "NCA,\"D,1\",NCA,,NW,OIC,PND:1,,\"J \"\"A\"\"\",2025-05-01,2025-05-02,MAJOR,ARREST,VALIDATED,2025-05-02T09:00:00Z,\"line one",
        "line two, with comma\"",
        "NCA,D2,NCA,,NW,OIC",
        "NCA,D3,NCA,,NW,OIC,,,,2025-05-01,2025-05-02,MAJOR,ARREST,VALIDATED,2025-05-02T09:00:00,") + "\r\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = csv.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(body, 0, withBom, 3, body.length);
    in.bytes("disruptions", "a_nca.csv", withBom);
    in.file("disruptions", "b_bf.jsonl",
        "{\"source_system\":\"BF\",\"disruption_id\":123,\"agency_code\":\"BF\",\"force_code\":\"KEN\","
            + "\"threat_area\":\"OIC\",\"disruption_date\":\"2025-06-01\",\"recorded_date\":\"2025-06-01\","
            + "\"severity\":\"minor\",\"disruption_type\":\"EQUIPMENT_SEIZURE\",\"status\":\"VALIDATED\","
            + "\"last_updated\":\"2025-06-01T08:00:00+01:00\",\"boat_length_m\":9}",
        "",
        "not json",
        "{\"source_system\":\"BF\",\"disruption_id\":\"X9\"}");
    in.file("disruptions", "readme.txt", "not data");
    StructType parquetSchema = new StructType()
        .add("source_system", DataTypes.StringType).add("disruption_id", DataTypes.StringType)
        .add("agency_code", DataTypes.StringType).add("force_code", DataTypes.StringType)
        .add("threat_area", DataTypes.StringType).add("disruption_date", DataTypes.DateType)
        .add("recorded_date", DataTypes.DateType).add("severity", DataTypes.StringType)
        .add("disruption_type", DataTypes.StringType).add("status", DataTypes.StringType)
        .add("last_updated", DataTypes.TimestampType).add("officer_count", DataTypes.IntegerType);
    SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create("PND", "P1", "POLICE", "GMP", "OIC", Date.valueOf("2025-07-01"),
                Date.valueOf("2025-07-02"), "MODERATE", "CHARGE", "VALIDATED",
                Timestamp.from(Instant.parse("2025-07-02T12:00:00Z")), 3),
            RowFactory.create("PND", "P2", "POLICE", null, "OIC", Date.valueOf("2025-07-01"),
                Date.valueOf("2025-07-02"), "MODERATE", "CHARGE", "VALIDATED",
                Timestamp.from(Instant.parse("2025-07-02T12:00:00Z")), 1)),
            parquetSchema)
        .coalesce(1).write().parquet(in.root().resolve("disruptions/c_pnd.parquet").toString());
    in.file("ocg_register", "r.csv", InputFolder.REGISTER_HEADER);
    in.file("ocg_register", "s.csv", "ocg_ref,list_name,region_code,threat_areas,first_recorded_date,last_updated",
        "PND:1,PND,NW,OIC,2024-01-01,2025-01-01T00:00:00Z");
    run = PipelineRun.of(in.root(), tmp.resolve("out"), "2026-03-31");
  }

  @Test
  void dataQualityAccountsForEveryRow() {
    StructType schema = new StructType().add("dataset", DataTypes.StringType, false)
        .add("source_system", DataTypes.StringType, false).add("outcome", DataTypes.StringType, false)
        .add("rows", DataTypes.LongType, false);
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create("disruptions", "BF", "VALID", 1L),
            RowFactory.create("disruptions", "BF", "QUARANTINED:MISSING_FIELD", 1L),
            RowFactory.create("disruptions", "NCA", "VALID", 1L),
            RowFactory.create("disruptions", "NCA", "QUARANTINED:BAD_TIMESTAMP", 1L),
            RowFactory.create("disruptions", "PND", "VALID", 1L),
            RowFactory.create("disruptions", "PND", "QUARANTINED:FORCE_REQUIRED", 1L),
            RowFactory.create("disruptions", "UNKNOWN", "QUARANTINED:MALFORMED_ROW", 2L),
            RowFactory.create("ocg_register", "PND", "QUARANTINED:MISSING_FIELD", 1L)), schema),
        run.table("marts/data_quality").select("dataset", "source_system", "outcome", "rows"));
  }

  @Test
  void quarantineKeepsTheRawTextWithFileLineAndReasons() {
    StructType schema = new StructType().add("source_file", DataTypes.StringType, false)
        .add("row_number", DataTypes.LongType, false).add("raw_record", DataTypes.StringType)
        .add("reason_codes", DataTypes.StringType);
    String p2 = "{\"source_system\":\"PND\",\"disruption_id\":\"P2\",\"agency_code\":\"POLICE\","
        + "\"threat_area\":\"OIC\",\"disruption_date\":\"2025-07-01\",\"recorded_date\":\"2025-07-02\","
        + "\"severity\":\"MODERATE\",\"disruption_type\":\"CHARGE\",\"status\":\"VALIDATED\","
        + "\"last_updated\":\"2025-07-02T12:00:00.000Z\",\"officer_count\":1}";
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create("disruptions/a_nca.csv", 4L, "NCA,D2,NCA,,NW,OIC", "MALFORMED_ROW"),
            RowFactory.create("disruptions/a_nca.csv", 5L,
                "NCA,D3,NCA,,NW,OIC,,,,2025-05-01,2025-05-02,MAJOR,ARREST,VALIDATED,2025-05-02T09:00:00,",
                "BAD_TIMESTAMP"),
            RowFactory.create("disruptions/b_bf.jsonl", 3L, "not json", "MALFORMED_ROW"),
            RowFactory.create("disruptions/b_bf.jsonl", 4L, "{\"source_system\":\"BF\",\"disruption_id\":\"X9\"}",
                "MISSING_FIELD"),
            RowFactory.create("PARQUET", 2L, p2, "FORCE_REQUIRED")), schema),
        run.table("quarantine/disruptions")
            .withColumn("source_file", org.apache.spark.sql.functions.when(
                col("source_file").endsWith(".parquet"), "PARQUET").otherwise(col("source_file")))
            .select("source_file", "row_number", "raw_record", "reason_codes"));
  }

  @Test
  void cleanRowsAreTypedAndPartitionedByMonth() {
    StructType schema = new StructType().add("source_system", DataTypes.StringType)
        .add("disruption_id", DataTypes.StringType).add("region_code", DataTypes.StringType)
        .add("joint_ref", DataTypes.StringType).add("severity", DataTypes.StringType)
        .add("disruption_date", DataTypes.DateType).add("last_updated", DataTypes.StringType)
        .add("row_number", DataTypes.LongType, false)
        .add("year", DataTypes.IntegerType).add("month", DataTypes.IntegerType);
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create("NCA", "D,1", "NW", "J \"A\"", "MAJOR", Date.valueOf("2025-05-01"),
                "2025-05-02 09:00:00", 2L, 2025, 5),
            RowFactory.create("BF", "123", "EE", null, "MINOR", Date.valueOf("2025-06-01"),
                "2025-06-01 07:00:00", 1L, 2025, 6),
            RowFactory.create("PND", "P1", "NW", null, "MODERATE", Date.valueOf("2025-07-01"),
                "2025-07-02 12:00:00", 1L, 2025, 7)), schema),
        run.table("clean/disruptions").select(col("source_system"), col("disruption_id"),
            col("region_code"), col("joint_ref"), col("severity"), col("disruption_date"),
            col("last_updated").cast("string").as("last_updated"), col("row_number"),
            col("year"), col("month")));
    assertTrue(Files.isDirectory(run.output().resolve("clean/disruptions/year=2025/month=5")));
  }

  @Test
  void manifestRecordsFilesRowsIgnoredColumnsAndWarnings() {
    RunManifest m = run.manifest();
    Map<String, Long> rowsRead = m.inputs().stream().collect(Collectors.toMap(
        i -> i.path().replaceAll(".*/in/", "").replaceAll("c_pnd.parquet/.*", "c_pnd.parquet"),
        RunManifest.Input::rowsRead));
    assertEquals(Map.of("disruptions/a_nca.csv", 3L, "disruptions/b_bf.jsonl", 3L,
        "disruptions/c_pnd.parquet", 2L, "ocg_register/r.csv", 0L, "ocg_register/s.csv", 1L), rowsRead);
    Map<String, List<String>> ignored = m.inputs().stream().filter(i -> i.dataset().equals("disruptions"))
        .collect(Collectors.toMap(i -> i.path().replaceAll(".*/", ""), RunManifest.Input::ignoredColumns));
    assertEquals(List.of("notes"), ignored.get("a_nca.csv"));
    assertEquals(List.of("boat_length_m"), ignored.get("b_bf.jsonl"));
    assertEquals(1, m.inputs().stream().filter(i -> i.ignoredColumns().equals(List.of("officer_count"))).count());
    assertEquals(List.of(
        "ignored file of unknown format (not .csv, .jsonl or .parquet, nor .csv or .jsonl compressed as .gz or"
            + " .bz2): disruptions/readme.txt",
        "no input files in investigations/",
        "ocg_register/s.csv lacks required column(s) status: its rows are quarantined as MISSING_FIELD"),
        m.warnings());
    assertEquals(64, m.inputs().get(0).sha256().length());
    assertEquals(Map.of("VALID", 1L, "QUARANTINED:MALFORMED_ROW", 1L, "QUARANTINED:BAD_TIMESTAMP", 1L),
        m.inputs().get(0).outcomes());
  }

  @Test
  void emptyInputFoldersGiveEmptyTablesAndWarnings(@TempDir Path empty) {
    InputFolder in = new InputFolder(empty.resolve("in"));
    PipelineRun r = PipelineRun.of(in.root(), empty.resolve("out"), "2026-03-31");
    assertEquals(0, r.table("marts/data_quality").count());
    assertEquals(0, r.table("clean/disruptions").count());
    assertEquals(List.of("no input files in disruptions/", "no input files in investigations/",
        "no input files in ocg_register/"), r.manifest().warnings());
  }
}
