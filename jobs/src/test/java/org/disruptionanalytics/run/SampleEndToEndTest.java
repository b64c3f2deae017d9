package org.disruptionanalytics.run;

import static org.apache.spark.sql.functions.col;
import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.HostileValues;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample end to end. The expected outcome of every row comes from the generator's
 * own record of what it planted (data/sample/EXPECTED_OUTCOMES.csv), not from this code.
 */
class SampleEndToEndTest {

  static final Path SAMPLE = Path.of("..", "data", "sample");
  static final StructType EXPECTED = new StructType()
      .add("dataset", DataTypes.StringType).add("source_system", DataTypes.StringType)
      .add("outcome", DataTypes.StringType).add("rows", DataTypes.LongType);

  @TempDir static Path tmp;
  static PipelineRun run;
  static Dataset<Row> expected;

  @BeforeAll
  static void runSample() throws IOException {
    String asOf = Files.readString(SAMPLE.resolve("AS_OF")).strip();
    run = PipelineRun.of(SAMPLE, tmp.resolve("out"), asOf);
    // RFC 4180 as the generator writes it: the hostile source systems hold doubled quotes and a line break.
    expected = SharedSpark.spark().read().schema(EXPECTED).option("header", true).option("multiLine", true)
        .option("escape", "\"").csv(SAMPLE.resolve("EXPECTED_OUTCOMES.csv").toString());
  }

  @Test
  void everyRowHasThePlantedOutcome() {
    assertSameRows(expected, run.table("marts/data_quality").select("dataset", "source_system", "outcome", "rows"));
  }

  @Test
  void manifestReconcilesAndTablesHoldWhatTheOutcomesSay() {
    long planted = expected.agg(org.apache.spark.sql.functions.sum("rows")).first().getLong(0);
    assertEquals(planted, run.manifest().inputs().stream().mapToLong(RunManifest.Input::rowsRead).sum());
    for (String dataset : List.of("disruptions", "investigations", "ocg_register", "ocg_links")) {
      Dataset<Row> mine = expected.filter(expected.col("dataset").equalTo(dataset));
      long kept = mine.filter("outcome in ('VALID', 'LINKED_SAME_LIST')").agg(org.apache.spark.sql.functions.sum("rows")).first().getLong(0);
      long quarantined = mine.filter("outcome like 'QUARANTINED:%'").agg(org.apache.spark.sql.functions.sum("rows")).first().getLong(0);
      assertEquals(kept, run.table("clean/" + dataset).count(), dataset);
      assertEquals(quarantined, run.table("quarantine/" + dataset).count(), dataset);
    }
    assertEquals(List.of(), run.manifest().warnings());
    assertEquals(15, run.manifest().inputs().size());
  }

  /**
   * Text files are fingerprinted by the parse that reads them, Parquet files on their own: either
   * way the manifest holds each file's size and SHA-256 as a plain digest of the file gives them.
   */
  @Test
  void manifestRecordsEachFilesBytesAndSha256AsAPlainDigestGivesThem() throws Exception {
    for (RunManifest.Input input : run.manifest().inputs()) {
      byte[] bytes = Files.readAllBytes(Path.of(java.net.URI.create(input.path())));
      String sha256 = java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
      assertEquals(List.of((long) bytes.length, sha256), List.of(input.bytes(), input.sha256()), input.path());
    }
  }

  /** HostileValues, which report tests reuse, names values that really reach the marts, unchanged. */
  @Test
  void hostileValuesReachTheMartsVerbatim() {
    List<String> valid = strings(run.table("marts/data_quality")
        .filter("dataset = 'disruptions' and outcome = 'VALID'").select("source_system"));
    assertTrue(valid.containsAll(HostileValues.DISRUPTION_SOURCES), valid.toString());
    List<String> links = strings(run.table("marts/data_quality")
        .filter("dataset = 'ocg_links' and outcome = 'VALID'").select("source_system"));
    assertTrue(links.containsAll(HostileValues.LINK_SOURCES), links.toString());

    Row quarantined = run.table("quarantine/disruptions")
        .filter(col("source_file").equalTo(HostileValues.DISRUPTIONS_FILE))
        .select("source_system", "outcome").first();
    assertEquals(List.of(HostileValues.IMG_SOURCE, "QUARANTINED:BAD_DATE"),
        List.of(quarantined.getString(0), quarantined.getString(1)));

    Row group = run.table("marts/ocg_coverage")
        .filter(col("ocg_id").equalTo(HostileValues.BOLD_REF))
        .select("linked_refs", "coverage_status").first();
    assertEquals(List.of("PND:90030|" + HostileValues.BOLD_REF + "|SOC:OC-9030", "NO_ACTIVITY"),
        List.of(group.getString(0), group.getString(1)));
  }

  private static List<String> strings(Dataset<Row> oneColumn) {
    return oneColumn.as(Encoders.STRING()).collectAsList();
  }
}
