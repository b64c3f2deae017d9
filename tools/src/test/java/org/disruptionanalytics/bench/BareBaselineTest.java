package org.disruptionanalytics.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BareBaselineTest {
  private static final String HEADER = "source_system,disruption_id,agency_code,force_code,region_code,threat_area,"
      + "ocg_ref,investigation_ref,joint_ref,disruption_date,recorded_date,severity,disruption_type,status,last_updated";

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("bare-baseline-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void countsDistinctEventsOfTheLatestExistingValidatedVersions(@TempDir Path input) throws IOException {
    Path dir = Files.createDirectories(input.resolve("disruptions"));
    Files.writeString(dir.resolve("a.csv"), String.join("\n", HEADER,
        "NCA,N1,NCA,,LDN,OIC,,,,2026-01-10,2026-01-11,MINOR,ARREST,VALIDATED,2026-01-11T10:00:00Z",
        // One joint event J1 claimed three times (a police row whose region comes from its force GMP).
        "PND,P1,POLICE,GMP,,OIC,,,J1,2026-01-12,2026-01-13,MINOR,ARREST,VALIDATED,2026-01-13T10:00:00Z",
        "NCA,N2,NCA,,LDN,OIC,,,J1,2026-01-12,2026-01-13,MAJOR,ARREST,VALIDATED,2026-01-13T11:00:00Z",
        // The newest version is REJECTED: the older VALIDATED one must not count.
        "NCA,N3,NCA,,LDN,OIC,,,,2026-01-04,2026-01-05,MINOR,ARREST,VALIDATED,2026-01-05T10:00:00Z",
        "NCA,N3,NCA,,LDN,OIC,,,,2026-01-04,2026-01-05,MINOR,ARREST,REJECTED,2026-01-20T10:00:00Z",
        // Older CLAIMED version; the newer VALIDATED one is in the JSON Lines file.
        "NCA,N4,NCA,,WM,OIC,,,,2026-01-14,2026-01-15,MINOR,ARREST,CLAIMED,2026-01-15T10:00:00Z",
        // 2025 has no 29 February: a lenient parse would count it in February or March 2025.
        "NCA,N5,NCA,,LDN,OIC,,,,2025-02-29,2025-03-02,MINOR,ARREST,VALIDATED,2025-03-02T10:00:00Z",
        "NCA,N6,NCA,,LDN,OIC,,,,2026-01-20,2026-01-19,MINOR,ARREST,VALIDATED,2026-01-20T10:00:00Z",
        "NCA,N7,NCA,,LDN,OIC,,,,2026-02-27,2026-03-01,MINOR,ARREST,VALIDATED,2026-03-01T10:00:00Z",
        // The newer version does not exist yet at the as-of (00:30Z the next day): the older one counts.
        "NCA,N8,NCA,,WM,OIC,,,,2026-02-03,2026-02-04,MINOR,ARREST,VALIDATED,2026-02-04T09:00:00Z",
        "NCA,N8,NCA,,WM,OIC,,,,2026-02-03,2026-02-04,MINOR,ARREST,REJECTED,2026-03-01T00:30:00Z",
        "NCA,N9,NCA,,LDN,OIC,,,,2026-01-20,2026-01-21,MINOR,ARREST,CLAIMED,2026-01-21T10:00:00Z",
        "NCA,N10,NCA,,LDN,OIC,,,,2026-01-20,2026-01-21,MINOR,ARREST,VALIDATED,yesterday",
        "HMRC,H1,HMRC,,SE,DRUGS,,,,2026-02-01,2026-02-02,MINOR,CASH_SEIZURE,VALIDATED,2026-02-02T10:00:00Z",
        ""), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.jsonl"), String.join("\n",
        "{\"source_system\":\"BF\",\"disruption_id\":\"B1\",\"agency_code\":\"BF\",\"region_code\":\"EE\","
            + "\"threat_area\":\"OIC\",\"joint_ref\":\"J1\",\"disruption_date\":\"2026-01-13\","
            + "\"recorded_date\":\"2026-01-14\",\"status\":\"VALIDATED\",\"last_updated\":\"2026-01-14T10:00:00Z\"}",
        // 00:30 at +01:00 is 23:30Z on the as-of day: this version exists and supersedes the CSV one.
        "{\"source_system\":\"NCA\",\"disruption_id\":\"N4\",\"agency_code\":\"NCA\",\"region_code\":\"LDN\","
            + "\"threat_area\":\"OIC\",\"disruption_date\":\"2026-01-15\",\"recorded_date\":\"2026-01-16\","
            + "\"status\":\"VALIDATED\",\"last_updated\":\"2026-03-01T00:30:00+01:00\"}",
        // A JSON number where text is expected is read as its text: event IE:123.
        "{\"source_system\":\"IE\",\"disruption_id\":123,\"agency_code\":\"IE\",\"region_code\":\"LDN\","
            + "\"threat_area\":\"OIC\",\"disruption_date\":\"2026-02-10\",\"recorded_date\":\"2026-02-11\","
            + "\"status\":\"VALIDATED\",\"last_updated\":\"2026-02-11T10:00:00Z\"}",
        "not a JSON object",
        ""), StandardCharsets.UTF_8);
    // Neither .csv nor .jsonl: not read (it would add a FIREARMS event).
    Files.writeString(dir.resolve("notes.txt"), HEADER
        + "\nNCA,X1,NCA,,LDN,FIREARMS,,,,2026-01-10,2026-01-11,MINOR,ARREST,VALIDATED,2026-01-11T10:00:00Z\n");
    Path output = input.resolve("out");

    BareBaseline.run(spark, input.toString(), output.toString(), LocalDate.parse("2026-02-28"));

    List<String> cells = spark.read().parquet(output.toString()).collectAsList().stream()
        .map(BareBaselineTest::cell).sorted().toList();
    assertEquals(List.of(
        "DRUGS ALL ALL 2026-02 1",
        "DRUGS ALL SE 2026-02 1",
        "DRUGS HMRC ALL 2026-02 1",
        "DRUGS HMRC SE 2026-02 1",
        // January: N1, J1 and N4; J1 once, though claimed by three agencies in three regions.
        "OIC ALL ALL 2026-01 3",
        "OIC ALL ALL 2026-02 2",
        "OIC ALL EE 2026-01 1",
        "OIC ALL LDN 2026-01 3",
        "OIC ALL LDN 2026-02 1",
        "OIC ALL NW 2026-01 1",
        "OIC ALL WM 2026-02 1",
        "OIC BF ALL 2026-01 1",
        "OIC BF EE 2026-01 1",
        "OIC IE ALL 2026-02 1",
        "OIC IE LDN 2026-02 1",
        "OIC NCA ALL 2026-01 3",
        "OIC NCA ALL 2026-02 1",
        "OIC NCA LDN 2026-01 3",
        "OIC NCA WM 2026-02 1",
        "OIC POLICE ALL 2026-01 1",
        "OIC POLICE NW 2026-01 1"), cells);
  }

  private static String cell(Row r) {
    return String.join(" ", r.getAs("threat_area"), r.getAs("agency_code"), r.getAs("region_code"),
        r.getAs("month")) + " " + r.<Long>getAs("disruptions");
  }
}
