package org.disruptionanalytics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.PublishedWarehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check-claim on the warehouse of data/published as of 31 March 2026. The counts are the published
 * OIC table's quarters (../shared/reference/published_oic_disruptions.csv) added by hand: the year
 * ending September 2025 is 2024Q4 to 2025Q3, 559 + 801 + 694 + 901 = 2,955, against 2023Q4 to
 * 2024Q3, 423 + 533 + 646 + 572 = 2,174 (+781, +35.9%, r = 1.359); FY 2025-26 is 694 + 901 + 1,033
 * + 1,138 = 3,766 against 646 + 572 + 559 + 801 = 2,578 (r = 1.461). The interval bounds are
 * scipy's Clopper-Pearson: 1.2856 to 1.4373, and 1.3891 to 1.5365.
 */
class ClaimCheckPublishedTest {

  @TempDir static Path tmp;
  static PipelineRun run;
  static String warehouse;

  @BeforeAll
  static void published() {
    run = PublishedWarehouse.run();
    warehouse = run.output().toString();
  }

  private record Answer(int status, String out, String err) {}

  private static Answer checkClaim(String... args) {
    List<String> all = new ArrayList<>(List.of("--warehouse", warehouse));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ClaimCommand.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Answer(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--json");
    return new ObjectMapper().readTree(checkClaim(all.toArray(String[]::new)).out());
  }

  @Test
  void moreThanAThirdInTheYearEndingSeptember2025() {
    Answer a = checkClaim("--period", "R12 2025-09", "--says", "more than a third");
    assertEquals(0, a.status(), a.err());
    assertTrue(a.out().contains("  verdict:  SUPPORTED (NOT_ROBUST)\n"), a.out());
    assertTrue(a.out().contains("  counted:  2,955 from 1 October 2024 to 30 September 2025\n"), a.out());
    assertTrue(a.out().contains("  against:  2,174 from 1 October 2023 to 30 September 2024 (the same span a year"
        + " earlier)\n"), a.out());
    assertTrue(a.out().contains("  change:   +781 (+35.9%); 95% interval of the ratio 1.29 to 1.44\n"), a.out());
    assertTrue(a.out().contains("  strongest supported phrase: rose by more than a third\n"), a.out());
    // The sentence of the report's R12 table for September 2025.
    assertTrue(a.out().contains("  the report would write: Year ending September 2025 (R12 2025-09): 2,955 OIC"
        + " disruptions against 2,174 in the year ending September 2024: rose by more than a third (+35.9%, a change"
        + " of +781). The change is statistically significant (95% interval of the ratio 1.29 to 1.44).\n"), a.out());
    // Not robust: at the lower bound 1.2856 the rise is less than a third.
    assertTrue(a.out().contains("NOT_ROBUST: at the interval's lower bound, 1.29, the claim would not hold"), a.out());
  }

  @Test
  void almostHalfIsOverstatedForTheYearEndingSeptember2025() throws Exception {
    Answer a = checkClaim("--period", "R12 2025-09", "--says", "almost half");
    assertEquals(1, a.status());
    assertTrue(a.out().contains("  verdict:  OVERSTATED\n"), a.out());
    assertTrue(a.out().contains("  strongest supported phrase: rose by more than a third\n"), a.out());
    JsonNode j = json("--period", "R12 2025-09", "--says", "almost half");
    assertEquals("OVERSTATED", j.get("verdict").asText());
    assertEquals(0, j.get("caveats").size());
    assertEquals(2955, j.get("current").asLong());
    assertEquals(2174, j.get("prior").asLong());
    assertEquals(781, j.get("change").asLong());
    assertEquals(100.0 * 781 / 2174, j.get("pct_change").asDouble(), 1e-9);
    assertEquals(1.2855783741940874, j.get("ratio_ci95_low").asDouble(), 1e-9);
    assertEquals(1.4373045579161037, j.get("ratio_ci95_high").asDouble(), 1e-9);
    assertEquals("rose by more than a third", j.get("supported_phrase").asText());
    assertEquals("2024-10-01..2025-09-30", j.get("span").asText());
    assertEquals("2023-10-01..2024-09-30", j.get("prior_span").asText());
    assertEquals("{\"threat_area\":\"OIC\",\"period_type\":\"R12\",\"period_label\":\"2025-09\",\"agency_code\":\"ALL\","
        + "\"region_code\":\"ALL\"}", j.get("key").toString());
  }

  @Test
  void almostHalfHoldsForFinancialYear2025to26() throws Exception {
    JsonNode j = json("--period", "FY 2025-26", "--says", "almost half");
    assertEquals("SUPPORTED", j.get("verdict").asText());
    // 1.461 >= 1.45, but not at the lower bound 1.389.
    assertEquals("[\"NOT_ROBUST\"]", j.get("caveats").toString());
    assertEquals(3766, j.get("current").asLong());
    assertEquals(2578, j.get("prior").asLong());
    assertEquals("rose by almost half", j.get("supported_phrase").asText());
    assertEquals(0, checkClaim("--period", "FY 2025-26", "--says", "almost half").status());
  }

  @Test
  void theStatementThatMotivatesTheProject() throws Exception {
    String says = "increasing the number of disruptions by more than a third";
    JsonNode r12 = json("--period", "R12 2025-09", "--says", says);
    assertEquals("SUPPORTED", r12.get("verdict").asText());
    assertEquals("[\"NOT_ROBUST\"]", r12.get("caveats").toString());
    // In FY 2025-26 it rose by almost half: "more than a third" is true, and understated.
    JsonNode fy = json("--period", "FY 2025-26", "--says", says);
    assertEquals("SUPPORTED", fy.get("verdict").asText());
    assertEquals("[\"UNDERSTATED\"]", fy.get("caveats").toString());
    assertEquals("rose by almost half", fy.get("supported_phrase").asText());
    assertEquals("UNDERSTATED: \"rose by almost half\" also holds. The claim is true, but for a change of +46.1% it"
        + " understates it: say \"rose by almost half\"", fy.get("reasons").get(1).asText());
  }

  @Test
  void aSpanOfMonthsEqualsTheYearItMakesUp() throws Exception {
    JsonNode span = json("--period", "2024-10..2025-09", "--says", "more than a third");
    JsonNode r12 = json("--period", "R12 2025-09", "--says", "more than a third");
    for (String f : List.of("verdict", "caveats", "current", "prior", "change", "supported_phrase", "span",
        "prior_span")) {
      assertEquals(r12.get(f), span.get(f), f);
    }
    assertEquals(r12.get("ratio_ci95_low").asDouble(), span.get("ratio_ci95_low").asDouble(), 1e-12);
    assertEquals("2,955 in October 2024 to September 2025 against 2,174 a year earlier: rose by more than a third"
        + " (+35.9%).", span.get("sentence").asText());
  }

  @Test
  void aQuarterAgainstAnotherQuarter() throws Exception {
    // 2026Q1 1,138 against 2025Q4 1,033: +10.2%, r = 1.1016 > 11/10; the interval 1.01 to 1.20.
    JsonNode j = json("--period", "2026Q1", "--says", "rose by more than a tenth", "--compare-with", "2025Q4");
    assertEquals("SUPPORTED", j.get("verdict").asText());
    assertEquals("[\"NOT_ROBUST\"]", j.get("caveats").toString());
    assertEquals(1033, j.get("prior").asLong());
    assertEquals("2025-10-01..2025-12-31", j.get("prior_span").asText());
    // Against 2025Q1's 801 a year earlier: r = 1.4207, "more than a quarter" holds at the lower bound 1.2968.
    JsonNode y = json("--period", "2026Q1", "--says", "by more than a quarter");
    assertEquals("SUPPORTED", y.get("verdict").asText());
    assertEquals("[\"UNDERSTATED\"]", y.get("caveats").toString());
    assertEquals("rose by more than a third", y.get("supported_phrase").asText());
  }

  @Test
  void anAgencyFigureOutsideTheReleaseIsNotPublished() throws Exception {
    // The release breaks the latest FY and R12 down by agency, not the year ending September 2025.
    Row nca = run.table("marts/disruption_counts").filter("threat_area = 'OIC' and period_type = 'R12' and"
        + " period_label = '2025-09' and agency_code = 'NCA' and region_code = 'ALL'")
        .select("disruptions", "prior_disruptions").first();
    JsonNode j = json("--period", "R12 2025-09", "--says", "rose", "--agency", "NCA");
    assertEquals(nca.getLong(0), j.get("current").asLong());
    assertEquals(nca.getLong(1), j.get("prior").asLong());
    assertTrue(j.get("caveats").toString().contains("NOT_PUBLISHED"), j.toString());
    JsonNode fy = json("--period", "FY 2025-26", "--says", "rose", "--agency", "NCA");
    assertTrue(!fy.get("caveats").toString().contains("NOT_PUBLISHED"), fy.toString());
    JsonNode none = json("--period", "FY 2025-26", "--says", "rose", "--agency", "XYZ");
    assertEquals("NOT_COMPARABLE", none.get("verdict").asText());
  }

  @Test
  void aClaimsFileIsAnsweredOneByOne() throws Exception {
    Path file = tmp.resolve("claims.json");
    Files.writeString(file, "[{\"period\": \"R12 2025-09\", \"says\": \"more than a third\"},"
        + " {\"period\": \"R12 2025-09\", \"says\": \"almost half\"},"
        + " {\"period\": \"FY 2025-26\", \"says\": \"almost half\", \"threat\": \"OIC\", \"agency\": \"ALL\"}]");
    Answer a = checkClaim("--claims", file.toString(), "--json");
    assertEquals(1, a.status(), a.err());
    List<String> verdicts = new ArrayList<>();
    for (String line : a.out().split("\n")) {
      verdicts.add(new ObjectMapper().readTree(line).get("verdict").asText());
    }
    assertEquals(List.of("SUPPORTED", "OVERSTATED", "SUPPORTED"), verdicts);
    Answer text = checkClaim("--claims", file.toString());
    assertTrue(text.out().endsWith("\n3 claims: 2 SUPPORTED, 1 OVERSTATED\n"), text.out());
  }

  @Test
  void whatCannotBeReadExitsTwo() {
    Answer phrase = checkClaim("--period", "R12 2025-09", "--says", "soared");
    assertEquals(2, phrase.status());
    assertEquals(1, phrase.err().split("\n").length, phrase.err());
    assertTrue(phrase.err().startsWith("check-claim: cannot read the phrase \"soared\""), phrase.err());
    Answer span = checkClaim("--period", "2026-01..2026-04", "--says", "rose");
    assertEquals(2, span.status());
    assertTrue(span.err().contains("ends after the as-of month (2026-03)"), span.err());
    assertEquals(2, checkClaim("--period", "R12 2025-09").status());
    Answer json = checkClaim("--period", "R12 2025-09", "--says", "soared", "--json");
    assertEquals(2, json.status());
    assertTrue(json.out().startsWith("{\"verdict\":null,\"error\":\"cannot read the phrase \\\"soared\\\""), json.out());
    assertTrue(json.out().endsWith("\"claim\":{\"period\":\"R12 2025-09\",\"says\":\"soared\",\"threat\":\"OIC\","
        + "\"agency\":\"ALL\",\"region\":\"ALL\",\"compare_with\":null}}\n"), json.out());
    assertEquals(3, ClaimCommand.run(new String[] {"--warehouse", tmp.resolve("none").toString(), "--period", "2026Q1",
        "--says", "rose"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
  }

  @Test
  void theReportListsTheClaimsChecked() throws Exception {
    Path file = tmp.resolve("report-claims.json");
    Files.writeString(file, "[{\"period\": \"R12 2025-09\", \"says\": \"more than a third\"},"
        + " {\"period\": \"R12 2025-09\", \"says\": \"almost half\"}]");
    Path out = tmp.resolve("with-claims");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ReportCommand.run(new String[] {"--warehouse", warehouse, "--out", out.toString(), "--claims",
        file.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(0, status, err.toString());
    Path internal = out.resolve("reports/internal");
    assertEquals("says,period,threat_area,agency_code,region_code,verdict,caveats,current,prior,change,pct_change,"
        + "supported_phrase\n"
        + "more than a third,R12 2025-09,OIC,ALL,ALL,SUPPORTED,NOT_ROBUST,2955,2174,781," + 100.0 * 781 / 2174
        + ",rose by more than a third\n"
        + "almost half,R12 2025-09,OIC,ALL,ALL,OVERSTATED,,2955,2174,781," + 100.0 * 781 / 2174
        + ",rose by more than a third\n", Files.readString(internal.resolve("tables/claims_checked.csv")));
    String md = Files.readString(internal.resolve("summary.md"));
    assertTrue(md.contains("\n## Claims checked\n\n2 statements checked against these figures"), md);
    assertTrue(md.contains("| almost half | R12 2025-09 | ALL | ALL | OVERSTATED |  | 2,955 | 2,174 | +781 | +35.9% |"
        + " rose by more than a third |"), md);
    JsonNode figures = new ObjectMapper().readTree(internal.resolve("summary.json").toFile()).get("figures");
    int claimFigures = 0;
    for (JsonNode f : figures) {
      if (f.get("table").asText().equals("claims_checked")) {
        claimFigures++;
      }
    }
    assertEquals(8, claimFigures);
    // Everything else is the run's own release, byte for byte.
    Path inRun = run.output().resolve("reports");
    assertEquals(Files.readString(inRun.resolve("internal/tables/headline.csv")),
        Files.readString(internal.resolve("tables/headline.csv")));
    assertEquals(Files.readString(inRun.resolve("published/summary.json")),
        Files.readString(out.resolve("reports/published/summary.json")));
    // A claim it cannot read stops the report, as it stops check-claim.
    Files.writeString(file, "[{\"period\": \"R12 2025-09\", \"says\": \"soared\"}]");
    assertEquals(2, ReportCommand.run(new String[] {"--warehouse", warehouse, "--out", tmp.resolve("bad").toString(),
        "--claims", file.toString()}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream())));
  }
}
