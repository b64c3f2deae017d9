package org.disruptionanalytics.reports;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.contract.RatioInterval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's report against the warehouse it describes, read by Spark (a reader independent of
 * the reports module's own): every figure of summary.json is recomputed from the marts; the
 * standalone command gives the same bytes as the run.
 */
class SampleReportTest {

  static final Path SAMPLE = Path.of("..", "data", "sample");
  @TempDir static Path tmp;
  static PipelineRun run;
  static Path warehouse;
  static JsonNode summary;

  @BeforeAll
  static void runSample() throws IOException {
    String asOf = Files.readString(SAMPLE.resolve("AS_OF")).strip();
    run = PipelineRun.of(SAMPLE, tmp.resolve("out"), asOf);
    warehouse = run.output().toRealPath();
    summary = new ObjectMapper().readTree(warehouse.resolve("reports/internal/summary.json").toFile());
  }

  @Test
  void everyFigureIsTheMartCellItNames() {
    LocalDate asOf = LocalDate.parse(summary.get("as_of").asText());
    String threat = summary.get("threat_area").asText();
    assertEquals("1.1", summary.get("contract_version").asText());
    assertEquals(run.manifest().runId(), summary.get("run_id").asText());
    assertEquals("internal", summary.get("audience").asText());
    Figures figures = new Figures(run, asOf);
    Map<String, Integer> checked = new TreeMap<>();
    for (JsonNode f : summary.get("figures")) {
      Object expected = figures.expected(f, threat);
      JsonNode v = f.get("value");
      String what = f.toString();
      if (expected == null) {
        assertTrue(v.isNull(), what);
      } else if (expected instanceof Long l) {
        assertTrue(v.isIntegralNumber(), what);
        assertEquals(l.longValue(), v.longValue(), what);
      } else if (expected instanceof Double d) {
        assertTrue(v.isFloatingPointNumber(), what);
        assertEquals(d, v.doubleValue(), what);
      } else if (expected instanceof Boolean b) {
        assertEquals(b, v.booleanValue(), what);
      } else {
        fail("unexpected type for " + what);
      }
      checked.merge(f.get("table").asText(), 1, Integer::sum);
    }
    // Every kind of source is among them.
    assertEquals(List.of("clean/disruptions", "clean/investigations", "clean/ocg_register", "data_quality",
        "disruption_counts", "manifest", "ocg_coverage", "source_returns"), List.copyOf(checked.keySet()));
  }

  @Test
  void everyFigureOfTheHtmlIsInTheJsonAndEveryJsonFigureIsShown() throws IOException {
    String html = Files.readString(warehouse.resolve("reports/internal/summary.html"));
    int n = summary.get("figures").size();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-figure=\"(\\d+)\"").matcher(html);
    java.util.Set<Integer> shown = new java.util.HashSet<>();
    while (m.find()) {
      shown.add(Integer.parseInt(m.group(1)));
    }
    assertEquals(n, shown.size());
    assertTrue(shown.stream().allMatch(i -> i >= 0 && i < n));
  }

  @Test
  void theStandaloneRenderEqualsTheRunsFiles() throws IOException {
    Path out = tmp.resolve("standalone");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ReportCommand.run(new String[] {"--warehouse", run.output().toString(), "--out", out.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(0, status, err.toString());
    List<String> inRun = files(warehouse.resolve("reports"));
    assertEquals(inRun, files(out.resolve("reports")));
    assertTrue(inRun.size() > 10, inRun.toString());
    for (String f : inRun) {
      assertArrayEquals(Files.readAllBytes(warehouse.resolve("reports").resolve(f)),
          Files.readAllBytes(out.resolve("reports").resolve(f)), f);
    }
    List<String> listed = run.manifest().outputs().stream().map(o -> o.table())
        .filter(t -> t.startsWith("reports/")).map(t -> t.substring("reports/".length())).sorted().toList();
    assertEquals(inRun, listed);
    // Another threat area from the same warehouse: its own counts, the same groups' mart.
    Path msht = tmp.resolve("msht");
    assertEquals(0, ReportCommand.run(new String[] {"--warehouse", run.output().toString(), "--out", msht.toString(),
        "--threat", "msht"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    JsonNode other = new ObjectMapper().readTree(msht.resolve("reports/internal/summary.json").toFile());
    assertEquals("MSHT", other.get("threat_area").asText());
    JsonNode headline = other.get("figures").get(0);
    assertEquals("MSHT", headline.get("key").get("threat_area").asText());
    assertEquals(2, ReportCommand.run(new String[] {"--warehouse", run.output().toString(), "--out", msht.toString(),
        "--threat", "GUNS"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    // The warehouse itself is refused as a destination.
    assertEquals(2, ReportCommand.run(new String[] {"--warehouse", run.output().toString(), "--out",
        run.output().resolve("mine").toString()}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream())));
  }

  @Test
  void hostileValuesFromTheInputsComeOutInert() throws IOException {
    Path dir = warehouse.resolve("reports/internal");
    String html = Files.readString(dir.resolve("summary.html"));
    for (String raw : List.of("<IMG", "<img", "<script", "<b>", "</TD>", "onerror=", "ONERROR=ALERT(1)>")) {
      assertFalse(html.contains(raw), "raw " + raw + " in summary.html");
    }
    for (String shown : List.of("&lt;IMG SRC=X ONERROR=ALERT(1)&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;",
        "PND:&lt;b&gt;X&lt;/b&gt;", "&amp;AMP;&lt;/TD&gt;", "A|B\\C")) {
      assertTrue(html.contains(shown), shown + " not shown escaped in summary.html");
    }
    String md = Files.readString(dir.resolve("summary.md"));
    for (String raw : List.of("<IMG", "<script", "<b>", "</TD>", "A|B")) {
      assertFalse(md.contains(raw), "raw " + raw + " in summary.md");
    }
    assertTrue(md.contains("A\\|B\\\\C<br>D"), "the table breaker escaped in summary.md");
    // Within each Markdown table every row has the header's number of cells.
    int cells = -1;
    for (String line : md.lines().toList()) {
      if (!line.startsWith("|")) {
        cells = -1;
        continue;
      }
      int n = line.replace("\\\\", "").replace("\\|", "").split("\\|", -1).length;
      if (cells < 0) {
        cells = n;
      }
      assertEquals(cells, n, line);
    }
    List<String> sources = new ArrayList<>();
    try (var parser = org.apache.commons.csv.CSVParser.parse(dir.resolve("tables/data_quality.csv"),
        java.nio.charset.StandardCharsets.UTF_8, org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
            .setSkipHeaderRecord(true).get())) {
      parser.forEach(r -> sources.add(r.get("source_system")));
    }
    for (String hostile : org.disruptionanalytics.HostileValues.DISRUPTION_SOURCES) {
      String expected = "=+-@".indexOf(hostile.charAt(0)) >= 0 ? "'" + hostile : hostile;
      assertTrue(sources.contains(expected), expected + " in data_quality.csv: " + sources);
    }
    assertTrue(sources.contains("'" + org.disruptionanalytics.HostileValues.HYPERLINK_LINK_SOURCE), sources.toString());
    assertTrue(sources.contains(org.disruptionanalytics.HostileValues.SCRIPT_LINK_SOURCE), sources.toString());
    String workList = Files.readString(dir.resolve("tables/work_list.csv"));
    assertTrue(workList.contains(org.disruptionanalytics.HostileValues.BOLD_REF), "the group with markup is listed");
  }

  static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  /**
   * Each figure's value worked out again from the tables as Spark reads them (each table read and
   * collected once; the lookups are plain Java over Spark's rows).
   */
  static final class Figures {
    private static final List<String> KEY = List.of("threat_area", "period_type", "period_label", "agency_code",
        "region_code");
    private final PipelineRun run;
    private final java.time.YearMonth seriesStart;
    private final Map<List<String>, Row> counts = new java.util.HashMap<>();
    private final List<Row> coverage;
    private final List<Row> quality;
    private final Map<List<String>, Row> returns = new java.util.HashMap<>();
    private final Map<String, Long> clean = new TreeMap<>();

    Figures(PipelineRun run, LocalDate asOf) {
      this.run = run;
      for (Row r : run.table("marts/disruption_counts").collectAsList()) {
        counts.put(KEY.stream().map(k -> r.getString(r.fieldIndex(k))).toList(), r);
      }
      coverage = run.table("marts/ocg_coverage").collectAsList();
      quality = run.table("marts/data_quality").collectAsList();
      for (Row r : run.table("marts/source_returns").collectAsList()) {
        returns.put(List.of(r.getString(r.fieldIndex("dataset")), r.getString(r.fieldIndex("source_system")),
            r.getDate(r.fieldIndex("month")).toString()), r);
      }
      Row first = run.table("clean/disruptions").agg(min("disruption_date")).first();
      seriesStart = java.time.YearMonth.from(first.getDate(0).toLocalDate());
      clean.put("clean/investigations", run.table("clean/investigations")
          .filter(col("status").equalTo("OPEN").and(col("closed_date").isNotNull())).count());
      clean.put("clean/ocg_register", run.table("clean/ocg_register")
          .filter(col("last_assessed_date").gt(lit(asOf.toString()).cast("date"))).count());
      clean.put("clean/disruptions", run.table("clean/disruptions")
          .filter(datediff(col("recorded_date"), col("disruption_date")).gt(365)).count());
    }

    Object expected(JsonNode f, String threat) {
      JsonNode key = f.get("key");
      String measure = f.get("measure").asText();
      String table = f.get("table").asText();
      return switch (table) {
        case "disruption_counts" -> counts(key, measure);
        case "ocg_coverage" -> coverage(key, measure, threat);
        case "data_quality" -> quality(key);
        case "source_returns" -> returns(key, measure);
        case "manifest" -> (long) run.manifest().inputs().size();
        case "clean/investigations", "clean/ocg_register", "clean/disruptions" -> clean.get(table);
        default -> throw new AssertionError("a figure from an unknown table: " + f);
      };
    }

    private Object counts(JsonNode key, String measure) {
      Row r = counts.get(KEY.stream().map(k -> key.get(k).asText()).toList());
      if (measure.startsWith("sum(disruptions) over agency_code")) {
        long sum = 0;
        for (Row c : counts.values()) {
          if (c.getString(c.fieldIndex("threat_area")).equals(key.get("threat_area").asText())
              && c.getString(c.fieldIndex("period_type")).equals(key.get("period_type").asText())
              && c.getString(c.fieldIndex("period_label")).equals(key.get("period_label").asText())
              && !c.getString(c.fieldIndex("agency_code")).equals("ALL")
              && c.getString(c.fieldIndex("region_code")).equals("ALL")) {
            sum += c.getLong(c.fieldIndex("disruptions"));
          }
        }
        long total = r == null ? 0 : r.getLong(r.fieldIndex("disruptions"));
        return measure.endsWith("- disruptions") ? sum - total : sum;
      }
      java.util.regex.Matcher derived = java.util.regex.Pattern.compile("(pct_change|ratio_ci95_low|ratio_ci95_high)"
          + "\\((major|moderate|minor)\\)").matcher(measure);
      if (derived.matches()) {
        long current = r == null ? 0 : r.getLong(r.fieldIndex(derived.group(2)));
        long p = (Long) value(r, "prior_" + derived.group(2), key);
        return switch (derived.group(1)) {
          case "pct_change" -> 100.0 * (current - p) / p;
          case "ratio_ci95_low" -> RatioInterval.of(current, p).low();
          default -> RatioInterval.of(current, p).high();
        };
      }
      return value(r, measure, key);
    }

    /** A mart column of the cell; a cell the mart leaves out has counts 0 and its prior 0 or null. */
    private Object value(Row r, String column, JsonNode key) {
      if (r != null) {
        Object v = r.get(r.fieldIndex(column));
        return v instanceof Integer i ? (Object) (long) i : v;
      }
      boolean priorAvailable = !priorStart(key).isBefore(seriesStart.atDay(1));
      return switch (column) {
        case "disruptions", "major", "moderate", "minor" -> 0L;
        case "prior_disruptions", "prior_major", "prior_moderate", "prior_minor", "change" -> priorAvailable ? 0L : null;
        default -> null;
      };
    }

    private LocalDate priorStart(JsonNode key) {
      String type = key.get("period_type").asText();
      String label = key.get("period_label").asText();
      LocalDate start = switch (type) {
        case "MONTH" -> java.time.YearMonth.parse(label).atDay(1);
        case "R12" -> java.time.YearMonth.parse(label).minusMonths(11).atDay(1);
        case "QUARTER" -> java.time.YearMonth.of(Integer.parseInt(label.substring(0, 4)),
            (label.charAt(5) - '1') * 3 + 1).atDay(1);
        case "FY" -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), 4, 1);
        default -> LocalDate.of(Integer.parseInt(label), 1, 1);
      };
      return start.minusYears(1);
    }

    private Object coverage(JsonNode key, String measure, String threat) {
      List<Row> groups = coverage.stream().filter(r -> List.of(r.getString(r.fieldIndex("threat_areas")).split("\\|"))
          .contains(threat)).toList();
      if (measure.equals("days_since_assessed")) {
        Row r = groups.stream().filter(g -> g.getString(g.fieldIndex("ocg_id")).equals(key.get("ocg_id").asText()))
            .findFirst().orElseThrow();
        return r.isNullAt(r.fieldIndex("days_since_assessed")) ? null : (long) r.getInt(r.fieldIndex("days_since_assessed"));
      }
      assertEquals("count", measure);
      return groups.stream().filter(g -> List.of("coverage_status", "region_code").stream().allMatch(k ->
          key.get(k).asText().equals("ALL") || key.get(k).asText().equals(g.getString(g.fieldIndex(k))))).count();
    }

    private Object quality(JsonNode key) {
      String outcome = key.get("outcome").asText();
      return quality.stream().filter(q -> q.getString(q.fieldIndex("dataset")).equals(key.get("dataset").asText())
              && q.getString(q.fieldIndex("source_system")).equals(key.get("source_system").asText()))
          .filter(q -> outcome.equals("ALL") || (outcome.equals("QUARANTINED:*")
              ? q.getString(q.fieldIndex("outcome")).startsWith("QUARANTINED:")
              : q.getString(q.fieldIndex("outcome")).equals(outcome)))
          .mapToLong(q -> q.getLong(q.fieldIndex("rows"))).sum();
    }

    private Object returns(JsonNode key, String measure) {
      Row r = returns.get(List.of(key.get("dataset").asText(), key.get("source_system").asText(),
          key.get("month").asText()));
      assertNotNull(r, key.toString());
      Object v = r.get(r.fieldIndex(measure));
      return v instanceof Integer i ? (Object) (long) i : v;
    }
  }
}
