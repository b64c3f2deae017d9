package org.disruptionanalytics.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.disruptionanalytics.RawRows;
import org.disruptionanalytics.SharedSpark;
import org.disruptionanalytics.dataset.ColumnRule;
import org.disruptionanalytics.dataset.DatasetRules;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.raw.FileReads;
import org.disruptionanalytics.raw.InputFiles;
import org.disruptionanalytics.raw.RawRecords;
import org.disruptionanalytics.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain-Java validation gives exactly the DataFrame the Catalyst one (kept in tests as {@link
 * CatalystRowValidation}, the oracle) gives: same schema, nullability included, and the same rows,
 * every column, on the raw records of the bundled inputs and on edge values of every column kind.
 */
class RecordValidatorEquivalenceTest {

  private static final ReferenceData REFERENCE = ReferenceData.bundled();

  /** Around values: Unicode white space the contract trims, and a zero-width space it does not. */
  private static final List<String> WRAPPERS = List.of(" ", "\u00A0", "\uFEFF", "\u3000", "\t\r\n", "\u200B");

  private static final Map<ColumnRule.Kind, List<String>> EDGES = Map.of(
      ColumnRule.Kind.DATE, List.of("2024-02-29", "2023-02-29", "2024-02-30", "2024-2-3", "0000-01-01",
          "9999-12-31", "1582-10-10", "1000-03-01", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32",
          "2024/01/01", "20240101", "+2024-01-01", "-0001-01-01", "\uFF12\uFF10\uFF12\uFF14-01-01",
          "\u0662\u0660\u0662\u0664-01-01", "2024-01-01T00:00", "2024-01-01 ", "x"),
      ColumnRule.Kind.TIMESTAMP, List.of("2024-01-01T10:00Z", "2024-01-01T10:00:00Z", "2024-01-01T10:00:00.1Z",
          "2024-01-01T10:00:00.12Z", "2024-01-01T10:00:00.123Z", "2024-01-01T10:00:00.1234Z",
          "2024-01-01T10:00:00.12345Z", "2024-01-01T10:00:00.123456Z", "2024-01-01T10:00:00.1234567Z",
          "2024-01-01T10:00:00.12345678Z", "2024-01-01T10:00:00.123456789Z", "2024-01-01T10:00:00.1234567891Z",
          "2024-01-01T10:00:00.999999999999Z", "2024-01-01T10:00:00+01:00", "2024-01-01T10:00+01:00",
          "2024-01-01T10:00:00+0100", "2024-01-01T10:00:00-00:00", "2024-01-01T10:00:00+14:00",
          "2024-01-01T10:00:00+18:00", "2024-01-01T10:00:00+18:01", "2024-01-01T10:00:00+19:00",
          "2024-01-01T10:00:00-12:30", "2024-01-01T10:00:00+05:45", "2024-01-01T10:00:00+00:60",
          "2024-01-01T24:00:00Z", "2024-01-01T24:00Z", "2024-01-01T23:60:00Z", "2024-01-01T23:59:60Z",
          "2024-01-01t10:00:00Z", "2024-01-01T10:00:00z", "2024-01-01T10:00:00", "2024-01-01 10:00:00Z",
          "2024-01-01T10:00:00.Z", "2024-01-01T10Z", "2024-01-01T10:00:00+01", "2024-01-01T10:00:00UTC",
          "2024-01-01T10:00:00+01:00:00", "2024-02-30T10:00:00Z", "2023-02-29T10:00Z", "0000-01-01T00:00:00Z",
          "1582-10-10T12:00:00Z", "1900-01-01T00:00:00+01:00", "9999-12-31T23:59:59.999999-18:00",
          "2026-03-29T01:30:00+00:00", "2024-01-01T1:00:00Z", "\uFF12024-01-01T10:00:00Z"),
      ColumnRule.Kind.ENUM, List.of("major", "Major", " MAJOR ", "m\u0131nor", "MINOR\u00A0", "MA JOR",
          "\uFF2D\uFF21\uFF2A\uFF2F\uFF32", "validated", "VAL\u0130DATED", "claimed", "police", "Police", "nca",
          "bf", "ie", "hmrc", "other", "oic", "msht", "drugs", "\uFB01rearms", "fraud", "equipment_seizure",
          "online_removal", "cash_seizure", "open", "closed", "nfa", "pnd", "soc_master", "active", "archived",
          "\u00DF", "stra\u00DFe", "\u00E9", "\u0131", "\u01C6", "\u00B5", "\u017F", "\u0149", "\uD83D\uDE00",
          "\u24DC\u24D0\u24D9\u24DE\u24E1", "HUGE", "xyz"),
      ColumnRule.Kind.CODE, List.of("nca", "Nca", " pnd ", "ken", "Kent", "btp", "nw", "ldn", "ee", "intl",
          "mars", "\u00DF", "\u0131", "\u00E9t\u00E9", "\u01C6", "\u00B5", "\u017F", "\u0149", "\u0130",
          "i\u0307", "\u1E9E", "\u1F80", "\u0587", "\uFB00", "\uD801\uDC28", "<img src=x>", "a|b\\c",
          // Letters Java 17 (Unicode 13) does not upper-case and Spark's ICU (a later Unicode) does.
          "\u019B", "\u0264", "\uA7C1", "\uD801\uDD97", "x\u019By"),
      ColumnRule.Kind.REF, List.of("pnd:48213", "PND:48213", "soc:OC-0193", "pnd:ab:cd", "pnd::", ":abc",
          "abc:", "pnd", "p\u00F1d:x", "stra\u00DFe:Stra\u00DFe", "pnd : x", "\u00DF:\u00DF", "\u0131:\u0131",
          "\u01C6:\u01C6", "pnd:<b>x</b>", "\uD801\uDC28:\uD801\uDC28"),
      ColumnRule.Kind.TEXT, List.of("D1", "d1", "a b", "\u00DF", "x\u200By", "x\u180E", "\u0085x\u0085",
          "\u2028x\u2029", "=HYPERLINK(\"x\")", "\uD83D\uDE00"),
      ColumnRule.Kind.TIER, List.of("1", "2", "3", "01", "1.0", " 3 ", "4", "0", "-1", "+1", "\uFF11",
          "\u0661", "1e0", "2 ", "12", "x"),
      ColumnRule.Kind.THREAT_LIST, List.of("OIC", "oic|drugs|OIC", "OIC||DRUGS", "|OIC", "OIC|", " oic | Drugs ",
          "OIC|\u00A0DRUGS\u3000", "oic|\uFB01rearms", "GUNS|OIC", "OIC|OIC", "|", "OIC| |DRUGS",
          "\uFF2F\uFF29\uFF23", "msht|fraud|other|drugs|firearms|oic", "Fraud|fraud|FRAUD", "\u00DF|oic",
          "oic,drugs", "OIC |\tDRUGS\n|MSHT"));

  private static final List<String> AGENCIES = Arrays.asList("POLICE", "police", " Police ", "NCA", "BF", "xyz", "", null);
  private static final List<String> FORCES = Arrays.asList("KEN", " ken ", "BTP", "btp", "ZZZ", "Kent", "", null);
  private static final List<String> REGIONS = Arrays.asList("NW", "nw", "LDN", "INTL", "MARS", "", null);

  @ParameterizedTest
  @ValueSource(strings = {"sample", "published"})
  void bundledInputsIncludingTheHostileFilesValidateAlike(String folder) {
    SparkSession spark = SharedSpark.spark();
    InputFiles.Listing listing = InputFiles.list(Path.of("..", "data", folder).toString(),
        spark.sparkContext().hadoopConfiguration(), List.of());
    FileReads reads = new FileReads(spark);
    for (InputDataset d : InputDataset.values()) {
      Dataset<Row> raw = spark.createDataFrame(RawRecords.rows(spark, d, listing.of(d), reads), d.rawSchema())
          .localCheckpoint();
      assertEquivalent(d, raw);
    }
  }

  @ParameterizedTest
  @EnumSource(InputDataset.class)
  void edgeValuesOfEveryColumnKindValidateAlike(InputDataset d) {
    Map<String, String> base = switch (d) {
      case DISRUPTIONS -> RawRows.DISRUPTION;
      case INVESTIGATIONS -> RawRows.INVESTIGATION;
      case OCG_REGISTER -> RawRows.REGISTER;
      case OCG_LINKS -> RawRows.LINK;
    };
    DatasetRules rules = rules(d);
    RawRows rows = new RawRows(d, base).add().addMalformed().addMalformed().mappingReasons("BAD_DATE");
    for (ColumnRule rule : rules.columns()) {
      rows.add(rule.name(), null).add(rule.name(), "");
      WRAPPERS.forEach(w -> rows.add(rule.name(), w));
      for (String v : EDGES.get(rule.kind())) {
        rows.add(rule.name(), v);
        for (String w : WRAPPERS) {
          rows.add(rule.name(), w + v).add(rule.name(), v + w);
        }
      }
      rows.add(rule.name(), "").mappingReasons("MISSING_FIELD", "BAD_ENUM");
    }
    if (rules.hasForce()) {
      String agency = rules.agencyColumn().orElseThrow();
      for (String a : AGENCIES) {
        for (String f : FORCES) {
          for (String r : REGIONS) {
            rows.add(agency, a, "force_code", f, "region_code", r);
          }
        }
      }
      rows.add("force_code", "Kent").mappingReasons("UNKNOWN_FORCE")
          .add("region_code", "Mars", agency, "POLICE").mappingReasons("UNKNOWN_REGION", "FORCE_REQUIRED");
    }
    if (rules.dateOrder().isPresent()) {
      String earlier = rules.dateOrder().get().get(0);
      String later = rules.dateOrder().get().get(1);
      for (String[] pair : new String[][] {{"2025-05-01", "2025-04-30"}, {"2025-05-01", "2025-05-01"},
          {"2025-04-30", "2025-05-01"}, {"2025-02-30", "2025-01-01"}, {"2025-05-01", "x"}, {"2025-05-01", ""},
          {"", "2025-01-01"}, {"0000-01-01", "9999-12-31"}, {"9999-12-31", "0000-01-01"}}) {
        rows.add(earlier, pair[0], later, pair[1]);
      }
      rows.add(earlier, "2025-05-01", later, "2025-04-30").mappingReasons("DATE_ORDER", "BAD_DATE");
      rows.add(earlier, "2025-04-01", later, "2025-05-01").mappingReasons("DATE_ORDER");
    }
    assertEquivalent(d, rows.toDataset().localCheckpoint());
  }

  private static DatasetRules rules(InputDataset d) {
    return DatasetRules.of(d, List.copyOf(REFERENCE.agencies()));
  }

  /** Both validations of the same raw rows: one schema, and the same rows sorted on every column. */
  private static void assertEquivalent(InputDataset d, Dataset<Row> raw) {
    Dataset<Row> oracle = new CatalystRowValidation(rules(d), REFERENCE).apply(raw);
    Dataset<Row> java = new RowValidation(rules(d), REFERENCE).apply(raw);
    assertEquals(oracle.schema(), java.schema(), d + ": schema");
    Column[] all = Arrays.stream(oracle.columns()).map(functions::col).toArray(Column[]::new);
    List<Row> expected = oracle.orderBy(all).collectAsList();
    List<Row> actual = java.orderBy(all).collectAsList();
    assertTrue(raw.count() > 0, d + ": no rows");
    assertEquals(raw.count(), expected.size(), d + ": oracle rows");
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), actual.size()) && differences.size() < 10; i++) {
      Row e = i < expected.size() ? expected.get(i) : null;
      Row a = i < actual.size() ? actual.get(i) : null;
      if (e == null || !e.equals(a)) {
        differences.add("\n  oracle: " + e + "\n  java:   " + a);
      }
    }
    if (!differences.isEmpty()) {
      fail(d + ": " + differences.size() + "+ rows differ:" + String.join("", differences));
    }
  }
}
