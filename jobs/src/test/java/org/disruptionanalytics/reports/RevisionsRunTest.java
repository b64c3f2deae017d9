package org.disruptionanalytics.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.PipelineRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the sample into one warehouse, as of 30 September and then 31 October 2026: the
 * second run's Revisions section lists exactly the figures whose value changed for the same key
 * and span, worked out here from the two runs' marts as Spark reads them.
 */
class RevisionsRunTest {

  static final Path SAMPLE = Path.of("..", "data", "sample");
  static final List<String> KEY = List.of("threat_area", "period_type", "period_label", "agency_code", "region_code");
  static final List<String> MEASURES = List.of("disruptions", "major", "moderate", "minor", "prior_disruptions",
      "prior_major", "prior_moderate", "prior_minor", "change", "pct_change", "ratio_ci95_low", "ratio_ci95_high",
      "change_significant");

  @TempDir static Path tmp;
  static Path out;
  static Path firstVersion;
  static Path secondVersion;
  static Map<List<String>, Row> firstCounts = new HashMap<>();
  static Map<List<String>, Row> secondCounts = new HashMap<>();
  static JsonNode firstSummary;
  static JsonNode secondSummary;
  static PipelineRun second;

  @BeforeAll
  static void twoRuns() throws IOException {
    assertEquals("2026-10-31", Files.readString(SAMPLE.resolve("AS_OF")).strip());
    out = tmp.resolve("warehouse");
    PipelineRun first = PipelineRun.of(SAMPLE, out, "2026-09-30");
    firstVersion = out.toRealPath();
    first.table("marts/disruption_counts").collectAsList().forEach(r -> firstCounts.put(key(r), r));
    firstSummary = summary(firstVersion);
    second = PipelineRun.of(SAMPLE, out, "2026-10-31");
    secondVersion = out.toRealPath();
    assertNotEquals(firstVersion, secondVersion);
    second.table("marts/disruption_counts").collectAsList().forEach(r -> secondCounts.put(key(r), r));
    secondSummary = summary(secondVersion);
  }

  static JsonNode summary(Path warehouse) throws IOException {
    return new ObjectMapper().readTree(warehouse.resolve("reports/internal/summary.json").toFile());
  }

  static List<String> key(Row r) {
    return KEY.stream().map(k -> r.getString(r.fieldIndex(k))).toList();
  }

  static List<String> key(JsonNode f) {
    return KEY.stream().map(k -> f.get("key").get(k).asText()).toList();
  }

  /** A figure by what selects it: the key, then the measure. */
  static List<String> id(List<String> key, String measure) {
    List<String> id = new ArrayList<>(key);
    id.add(measure);
    return id;
  }

  /**
   * The value and data_to of a cell's column in one run's mart; a cell it leaves out counts 0
   * (prior 0, or null where the prior span starts before the series, as the mart's other cells of
   * the period say); null when the run has no such period at all.
   */
  static Object[] cell(Map<List<String>, Row> counts, List<String> key, String measure) {
    Row r = counts.get(key);
    if (r != null) {
      Object v = r.get(r.fieldIndex(measure));
      return new Object[] {v instanceof Integer i ? (Object) (long) i : v, r.getDate(r.fieldIndex("data_to"))};
    }
    Row any = counts.values().stream().filter(c -> key(c).subList(0, 3).equals(key.subList(0, 3))).findFirst()
        .orElse(null);
    if (any == null) {
      return null;
    }
    boolean priorAvailable = !any.isNullAt(any.fieldIndex("prior_disruptions"));
    Object v = switch (measure) {
      case "disruptions", "major", "moderate", "minor" -> 0L;
      case "prior_disruptions", "prior_major", "prior_moderate", "prior_minor", "change" -> priorAvailable ? 0L : null;
      default -> null;
    };
    return new Object[] {v, any.getDate(any.fieldIndex("data_to"))};
  }

  /** The figures the second report shows that changed: id -> [previous, current]. */
  static Map<List<String>, Object[]> expectedRevisions() {
    Map<List<String>, Object[]> expected = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
    for (JsonNode f : secondSummary.get("figures")) {
      String measure = f.get("measure").asText();
      if (!f.get("table").asText().equals("disruption_counts") || !MEASURES.contains(measure)) {
        continue;
      }
      Object[] now = cell(secondCounts, key(f), measure);
      Object[] before = cell(firstCounts, key(f), measure);
      if (before != null && now[0] != null && before[0] != null && before[1].equals(now[1])
          && !Objects.equals(before[0], now[0])) {
        expected.put(id(key(f), measure), new Object[] {before[0], now[0]});
      }
    }
    return expected;
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return p.getRecords();
    }
  }

  @Test
  void theFirstRunHasNothingToCompare() throws IOException {
    String md = Files.readString(firstVersion.resolve("reports/internal/summary.md"));
    assertTrue(md.contains("First release: nothing to compare."), "first release");
    assertTrue(csv(firstVersion.resolve("reports/internal/tables/revisions.csv")).isEmpty());
    for (JsonNode f : firstSummary.get("figures")) {
      assertFalse(f.get("flags").toString().contains("\"r\""), f.toString());
    }
  }

  @Test
  void theSecondRunListsExactlyTheFiguresThatChanged() throws IOException {
    Map<List<String>, Object[]> expected = expectedRevisions();
    assertFalse(expected.isEmpty(), "the October run revises some figures of September's");
    Map<List<String>, Object[]> listed = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
    for (CSVRecord r : csv(secondVersion.resolve("reports/internal/tables/revisions.csv"))) {
      List<String> key = KEY.stream().map(r::get).toList();
      Object[] values = {r.get("previous_value"), r.get("value")};
      assertTrue(listed.put(id(key, r.get("measure")), values) == null, "listed twice: " + r);
      assertTrue(r.get("flags").contains("[r]"), r.toString());
    }
    assertEquals(expected.keySet(), listed.keySet());
    expected.forEach((id, v) -> {
      assertEquals(String.valueOf(v[0]), listed.get(id)[0], id.toString());
      assertEquals(String.valueOf(v[1]), listed.get(id)[1], id.toString());
    });
  }

  @Test
  void aRunningPeriodThatGrewIsNotARevision() throws IOException {
    List<String> fy = List.of("OIC", "FY", "2026-27", "ALL", "ALL");
    assertNotEquals(firstCounts.get(fy).getLong(firstCounts.get(fy).fieldIndex("disruptions")),
        secondCounts.get(fy).getLong(secondCounts.get(fy).fieldIndex("disruptions")), "FY 2026-27 grew");
    for (CSVRecord r : csv(secondVersion.resolve("reports/internal/tables/revisions.csv"))) {
      assertFalse(r.get("period_type").equals("FY") && r.get("period_label").equals("2026-27"), r.toString());
      assertFalse(r.get("period_type").equals("CY") && r.get("period_label").equals("2026"), r.toString());
    }
  }

  @Test
  void exactlyTheRevisedFiguresAreFlaggedR() throws IOException {
    var expected = expectedRevisions().keySet();
    int flagged = 0;
    for (JsonNode f : secondSummary.get("figures")) {
      boolean r = f.get("flags").toString().contains("\"r\"");
      boolean revised = f.get("table").asText().equals("disruption_counts") && f.get("key").has("period_type")
          && expected.contains(id(key(f), f.get("measure").asText()));
      assertEquals(revised, r, f.toString());
      flagged += r ? 1 : 0;
    }
    assertTrue(flagged >= expected.size());
    // Every counts table row that shows a revised figure says [r] in its flags, and no other row.
    Path tables = secondVersion.resolve("reports/internal/tables");
    for (String name : new TreeSet<>(List.of("headline", "trend_monthly", "trend_r12", "by_agency", "by_region",
        "by_severity"))) {
      for (CSVRecord row : csv(tables.resolve(name + ".csv"))) {
        List<String> key = KEY.stream().map(row::get).toList();
        boolean revised = MEASURES.stream().anyMatch(m -> row.isMapped(m) && expected.contains(id(key, m)));
        assertEquals(revised, row.get("flags").contains("[r]"), name + ": " + row);
        if (revised && row.get("is_complete").equals("false")) {
          assertEquals("[p][r]", row.get("flags"));
        }
      }
    }
    String md = Files.readString(secondVersion.resolve("reports/internal/summary.md"));
    assertTrue(md.contains("recorded after 30 September 2026"), "late rows explain the revisions");
  }

  @Test
  void theStandaloneReportGivesTheSameSection() throws IOException {
    Path withPrevious = tmp.resolve("with-previous");
    assertEquals(0, report("--warehouse", out.toString(), "--out", withPrevious.toString(), "--previous",
        firstVersion.toString()));
    Path found = tmp.resolve("found");
    assertEquals(0, report("--warehouse", out.toString(), "--out", found.toString()));
    for (Path rendered : List.of(withPrevious, found)) {
      List<String> files = SampleReportTest.files(secondVersion.resolve("reports"));
      assertEquals(files, SampleReportTest.files(rendered.resolve("reports")));
      for (String f : files) {
        assertArrayEquals(Files.readAllBytes(secondVersion.resolve("reports").resolve(f)),
            Files.readAllBytes(rendered.resolve("reports").resolve(f)), rendered + ": " + f);
      }
    }
    // The first version's own report, rendered again: no older version, so nothing to compare.
    Path first = tmp.resolve("first");
    assertEquals(0, report("--warehouse", firstVersion.toString(), "--out", first.toString()));
    assertArrayEquals(Files.readAllBytes(firstVersion.resolve("reports/internal/summary.json")),
        Files.readAllBytes(first.resolve("reports/internal/summary.json")));
    assertEquals(3, report("--warehouse", out.toString(), "--out", tmp.resolve("x").toString(), "--previous",
        tmp.resolve("nowhere").toString()));
  }

  static int report(String... args) {
    return ReportCommand.run(args, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()));
  }

  /**
   * The published release compares with the previous published release: a figure is revised
   * where both releases published it (no [c]) for the same key and span and the value differs; and
   * it is protected knowing the previous release's values.
   */
  @Test
  void thePublishedReleaseRevisesOnlyWhatBothPublished() throws IOException {
    JsonNode before = new ObjectMapper().readTree(firstVersion.resolve("reports/published/summary.json").toFile());
    JsonNode now = new ObjectMapper().readTree(secondVersion.resolve("reports/published/summary.json").toFile());
    Map<List<String>, JsonNode> old = new HashMap<>();
    before.get("figures").forEach(f -> {
      if (f.get("table").asText().equals("disruption_counts")) {
        old.putIfAbsent(id(key(f), f.get("measure").asText()), f);
      }
    });
    java.util.Set<List<String>> expected = new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString));
    java.util.Set<List<String>> flagged = new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString));
    for (JsonNode f : now.get("figures")) {
      String measure = f.get("measure").asText();
      if (!f.get("table").asText().equals("disruption_counts") || !MEASURES.contains(measure)) {
        continue;
      }
      List<String> id = id(key(f), measure);
      JsonNode o = old.get(id);
      Object[] span = cell(secondCounts, key(f), measure);
      Object[] spanBefore = cell(firstCounts, key(f), measure);
      if (o != null && !o.get("value").isNull() && !f.get("value").isNull() && spanBefore != null
          && spanBefore[1].equals(span[1]) && !o.get("value").equals(f.get("value"))) {
        expected.add(id);
      }
      if (f.get("flags").toString().contains("\"r\"")) {
        flagged.add(id);
      }
    }
    assertFalse(expected.isEmpty(), "September's published figures are revised in October's release");
    assertEquals(expected, flagged);
    PublishedReleaseCheck.check(second, PublishedReleaseCheck.National.TOTALS_BUT_MONTHS, firstVersion);
  }
}
