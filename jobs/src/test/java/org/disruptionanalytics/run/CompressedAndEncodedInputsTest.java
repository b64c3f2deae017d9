package org.disruptionanalytics.run;

import static org.disruptionanalytics.InputBytes.bzip2;
import static org.disruptionanalytics.InputBytes.concat;
import static org.disruptionanalytics.InputBytes.gzip;
import static org.disruptionanalytics.InputBytes.utf8;
import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.InputBytes;
import org.disruptionanalytics.InputFolder;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job over one folder mixing gzip (one file of two gzip members split inside a quoted
 * line break), bzip2, plain UTF-8 with invalid bytes and a real U+FFFD, and a Windows-1252 file
 * read through a mapping that names its encoding. Expectations are written by hand.
 */
class CompressedAndEncodedInputsTest {

  @TempDir static Path tmp;
  static PipelineRun run;
  static final Map<String, byte[]> STORED = new TreeMap<>();

  static final String H = InputFolder.DISRUPTIONS_HEADER;
  static final String TAIL = "2025-05-01,2025-05-02,MAJOR,ARREST,VALIDATED,2025-05-02T09:00:00Z";

  static final String NCA = String.join("\r\n",
      H + ",notes",
      "NCA,N1,NCA,,NW,OIC,,,," + TAIL + ",\"two",
      "lines\"",
      "NCA,N2,NCA,,NW,OIC,,,," + TAIL + ",plain",
      "NCA,N3,NCA") + "\r\n";
  static final String BF_BAD_HEAD = "{\"source_system\":\"BF\",\"disruption_id\":\"B";
  static final String BF_BAD_TAIL = "2\",\"agency_code\":\"BF\"}";

  static void store(InputFolder in, String name, byte[] content) {
    in.bytes("disruptions", name, content);
    STORED.put("disruptions/" + name, content);
  }

  @BeforeAll
  static void runPipeline() throws Exception {
    InputFolder in = new InputFolder(tmp.resolve("in"));
    byte[] nca = NCA.getBytes(StandardCharsets.UTF_8);
    int split = NCA.indexOf("\"two") + 3;
    store(in, "a_nca.csv.gz", concat(gzip(Arrays.copyOf(nca, split)), gzip(Arrays.copyOfRange(nca, split, nca.length))));

    store(in, "b_bf.jsonl.gz", gzip(utf8(
        "{\"source_system\":\"BF\",\"disruption_id\":\"B1\",\"agency_code\":\"BF\",\"force_code\":\"KEN\","
            + "\"threat_area\":\"OIC\",\"disruption_date\":\"2025-06-01\",\"recorded_date\":\"2025-06-01\","
            + "\"severity\":\"MINOR\",\"disruption_type\":\"ARREST\",\"status\":\"VALIDATED\","
            + "\"last_updated\":\"2025-06-01T08:00:00Z\"}\n",
        "not json\n",
        BF_BAD_HEAD, 0xFF, BF_BAD_TAIL, "\n")));

    store(in, "c_hmrc.csv", utf8(
        H + ",notes\n",
        "HMRC,H1,HMRC,,NW,OIC,,,," + TAIL + ",own \uFFFD kept\n",
        "HMRC,H2,HMRC,,NW,OIC,,,," + TAIL + ",x", 0xFF, "y\n",
        "HMRC,H", 0xC3, ",HMRC,,NW,OIC,,,," + TAIL + ",\n"));

    store(in, "d_ie.csv.bz2", bzip2((H + "\nIE,I1,IE,,NW,OIC,,,," + TAIL + "\n").getBytes(StandardCharsets.UTF_8)));

    Charset cp1252 = Charset.forName("windows-1252");
    store(in, "e_kent.csv", InputBytes.of(cp1252,
        H + ",notes\r\n",
        "PND,K-\u00c91,POLICE,KEN,,OIC,,,," + TAIL + ",Caf\u00e9 \u2013 \u00a35\r\n",
        "PND,K2,POLICE,KEN,,OIC,,,," + TAIL + ",x", 0x81, "y\r\n"));
    Files.createDirectories(in.root().resolve("mappings"));
    Files.writeString(in.root().resolve("mappings/kent.json"),
        "{\"dataset\": \"disruptions\", \"files\": \"disruptions/e_kent.csv\", \"encoding\": \"windows-1252\"}");

    run = PipelineRun.of(in.root(), tmp.resolve("out"), "2026-03-31");
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  /** The manifest's file: as stored (compressed bytes), rows counted in the text, outcomes. */
  @Test
  void manifestRecordsStoredBytesAndRowsOfTheText() throws Exception {
    Map<String, List<Object>> actual = new TreeMap<>();
    for (RunManifest.Input i : run.manifest().inputs()) {
      actual.put(i.path().replaceAll(".*/in/", ""), Arrays.asList(i.bytes(), i.sha256(), i.rowsRead(),
          i.outcomes(), i.ignoredColumns(), i.mapping()));
    }
    Map<String, List<Object>> expected = new TreeMap<>();
    String malformed = "QUARANTINED:MALFORMED_ROW";
    Map<String, List<Object>> read = Map.of(
        "disruptions/a_nca.csv.gz", Arrays.asList(3L, Map.of("VALID", 2L, malformed, 1L), List.of("notes"), null),
        "disruptions/b_bf.jsonl.gz", Arrays.asList(3L, Map.of("VALID", 1L, malformed, 2L), List.of(), null),
        "disruptions/c_hmrc.csv", Arrays.asList(3L, Map.of("VALID", 1L, malformed, 2L), List.of("notes"), null),
        "disruptions/d_ie.csv.bz2", Arrays.asList(1L, Map.of("VALID", 1L), List.of(), null),
        "disruptions/e_kent.csv", Arrays.asList(2L, Map.of("VALID", 1L, malformed, 1L), List.of("notes"),
            "mappings/kent.json"));
    for (Map.Entry<String, byte[]> f : STORED.entrySet()) {
      List<Object> e = new java.util.ArrayList<>(List.of((long) f.getValue().length, sha256(f.getValue())));
      e.addAll(read.get(f.getKey()));
      expected.put(f.getKey(), e);
    }
    assertEquals(expected, actual);
  }

  @Test
  void warningsNameEachFileWithRecordsNotValidInItsEncoding() {
    assertEquals(List.of("no input files in investigations/", "no input files in ocg_register/",
        "disruptions/b_bf.jsonl.gz: 1 record holds bytes that are not valid UTF-8, quarantined as MALFORMED_ROW"
            + " (raw_record shows each invalid sequence as U+FFFD)",
        "disruptions/c_hmrc.csv: 2 records hold bytes that are not valid UTF-8, quarantined as MALFORMED_ROW"
            + " (raw_record shows each invalid sequence as U+FFFD)",
        "disruptions/e_kent.csv: 1 record holds bytes that are not valid windows-1252, quarantined as"
            + " MALFORMED_ROW (raw_record shows each invalid sequence as U+FFFD)"),
        run.manifest().warnings());
  }

  /** Asserts a table's rows as (source_file, row_number, and two text columns). */
  private static void assertFileRows(String table, String a, String b, Row... rows) {
    StructType schema = new StructType().add("source_file", DataTypes.StringType, false)
        .add("row_number", DataTypes.LongType, false).add(a, DataTypes.StringType).add(b, DataTypes.StringType);
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(rows), schema),
        run.table(table).select("source_file", "row_number", a, b));
  }

  @Test
  void quarantineKeepsTheDecodedTextWithReplacementsAndLinesOfTheText() {
    assertFileRows("quarantine/disruptions", "raw_record", "reason_codes",
        RowFactory.create("disruptions/a_nca.csv.gz", 5L, "NCA,N3,NCA", "MALFORMED_ROW"),
        RowFactory.create("disruptions/b_bf.jsonl.gz", 2L, "not json", "MALFORMED_ROW"),
        RowFactory.create("disruptions/b_bf.jsonl.gz", 3L, BF_BAD_HEAD + "\uFFFD" + BF_BAD_TAIL, "MALFORMED_ROW"),
        RowFactory.create("disruptions/c_hmrc.csv", 3L, "HMRC,H2,HMRC,,NW,OIC,,,," + TAIL + ",x\uFFFDy", "MALFORMED_ROW"),
        RowFactory.create("disruptions/c_hmrc.csv", 4L, "HMRC,H\uFFFD,HMRC,,NW,OIC,,,," + TAIL + ",", "MALFORMED_ROW"),
        RowFactory.create("disruptions/e_kent.csv", 3L, "PND,K2,POLICE,KEN,,OIC,,,," + TAIL + ",x\uFFFDy",
            "MALFORMED_ROW"));
  }

  @Test
  void keptRowsComeFromEveryFileDecodedAsItsEncodingSays() {
    assertFileRows("clean/disruptions", "disruption_id", "region_code",
        RowFactory.create("disruptions/a_nca.csv.gz", 2L, "N1", "NW"),
        RowFactory.create("disruptions/a_nca.csv.gz", 4L, "N2", "NW"),
        RowFactory.create("disruptions/b_bf.jsonl.gz", 1L, "B1", "EE"),
        RowFactory.create("disruptions/c_hmrc.csv", 2L, "H1", "NW"),
        RowFactory.create("disruptions/d_ie.csv.bz2", 2L, "I1", "NW"),
        RowFactory.create("disruptions/e_kent.csv", 2L, "K-\u00c91", "EE"));
  }
}
