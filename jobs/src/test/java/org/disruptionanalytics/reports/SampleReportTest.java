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
    MartFigures figures = new MartFigures(run, asOf);
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
  void thePublishedReleaseDisclosesNoSmallCount() throws IOException {
    PublishedReleaseCheck.Shares shares = PublishedReleaseCheck.check(run, PublishedReleaseCheck.National.TOTALS_BUT_MONTHS);
    System.out.println("sample's published release: " + shares);
    assertTrue(shares.primary() > 0, "the sample has small counts to suppress");
    // Nothing that identifies a source, a group or a file is in the published release.
    Path dir = warehouse.resolve("reports/published");
    List<String> absent = new ArrayList<>(List.of("PND:", "SOC:", "work_list", "ONERROR", "HYPERLINK"));
    run.manifest().inputs().forEach(i -> absent.add(Path.of(i.path().replace("file:", "")).getFileName().toString()));
    for (String f : files(dir)) {
      String text = Files.readString(dir.resolve(f));
      for (String a : absent) {
        assertFalse(text.contains(a), a + " in published/" + f);
      }
    }
    assertEquals(List.of("tables/by_agency.csv", "tables/by_region.csv", "tables/coverage.csv",
        "tables/data_quality.csv", "tables/headline.csv", "tables/monthly.csv", "tables/quarters.csv",
        "tables/revisions.csv"),
        files(dir.resolve("tables")).stream().map(f -> "tables/" + f).toList());
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
}
