package org.disruptionanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.disruptionanalytics.config.OutputOptions;
import org.disruptionanalytics.config.PipelineConfig;
import org.disruptionanalytics.contract.Versions;
import org.disruptionanalytics.contract.cli.Option;
import org.disruptionanalytics.run.RunArguments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: each problem is one line on stderr and its own exit status; --help and
 * --version answer with status 0.
 */
class MainTest {

  @TempDir Path tmp;

  @BeforeAll
  static void session() {
    SharedSpark.spark();
  }

  private record Result(int status, String out, String err) {}

  private static Result main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertOneLine(Result r, int status, String contains) {
    assertEquals(status, r.status(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(contains), r.err());
  }

  @Test
  void badArguments() {
    assertOneLine(main(), 2, "no command given");
    assertOneLine(main("count"), 2, "unknown command 'count'");
    assertOneLine(main("run", "--input", "in", "--as-of", "2026-03-31"), 2, "missing --output");
    assertOneLine(main("run", "--input", "in", "--output", "o", "--as-of", "2026-02-30"), 2,
        "--as-of must be a day as yyyy-mm-dd, not '2026-02-30'");
    assertOneLine(main("run", "--input", "in", "--output", "o", "--as-of", "2026-03-31", "--colour", "red"),
        2, "unknown option '--colour'");
    assertOneLine(main("run", "--input", "--output", "o", "--as-of", "2026-03-31"), 2, "--input needs a value");
  }

  @Test
  void helpNamesEveryOptionTheParserTakesAndEveryExitStatus() {
    String help = RunArguments.COMMAND_LINE.help();
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"run", "--help"},
        new String[] {"run", "--input", "in", "--colour", "-h"})) {
      Result r = main(args);
      assertEquals(0, r.status(), r.err());
      assertEquals(help, r.out());
      assertEquals("", r.err());
    }
    for (String option : RunArguments.COMMAND_LINE.accepted()) {
      assertTrue(Pattern.compile("(?m)^  (-h, )?" + Pattern.quote(option) + "\\b").matcher(help).find(),
          option + " is not listed in\n" + help);
    }
    // Each option listed is one the parser takes: a line with it parses (or asks for help or the version).
    for (Option o : RunArguments.COMMAND_LINE.options()) {
      List<String> line = new ArrayList<>(List.of("run", "--input", "in", "--output", "o", "--as-of", "2026-03-31"));
      if (!o.isRequired()) {
        line.add(o.name());
        if (!o.isFlag()) {
          line.add("x");
        }
      }
      RunArguments.read(line.toArray(String[]::new));
    }
    assertTrue(help.contains("\nExit status:\n  0  success\n  1  anything unexpected\n"), help);
    String words = help.replaceAll("\\s+", " ");
    for (PipelineException.Kind kind : PipelineException.Kind.values()) {
      assertTrue(words.contains(" " + kind.exitStatus + " " + kind.meaning + " "), kind + " in\n" + help);
    }
  }

  @Test
  void versionNamesTheCodeTheContractAndTheRunningSpark() {
    for (String[] args : List.of(new String[] {"--version"}, new String[] {"run", "--version"})) {
      Result r = main(args);
      assertEquals(0, r.status(), r.err());
      assertEquals("code_version " + Versions.built().code() + "\ncontract_version " + Versions.CONTRACT
          + "\nspark_version " + SharedSpark.spark().version() + "\n", r.out());
    }
  }

  /**
   * In a JVM of their own with no Spark master set, --help and --version still answer: they start
   * no SparkSession (one would fail for want of a master), and print nothing on stderr.
   */
  @Test
  void helpAndVersionStartNoSpark() throws Exception {
    for (String arg : List.of("--help", "--version")) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), arg).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), err);
      assertEquals("", err);
      assertTrue(out.startsWith(arg.equals("--help") ? "usage: run --input" : "code_version "), out);
    }
  }

  private int configs;

  /** Writes {@code json} as a config file and expects the run to refuse it; {file} names the file. */
  private void assertConfigRejected(String json, String contains) throws IOException {
    Path file = Files.writeString(tmp.resolve("c" + (++configs) + ".json"), json);
    assertOneLine(main("run", "--input", "in", "--output", "o", "--as-of", "2026-03-31", "--config",
        file.toString()), 4, contains.replace("{file}", file.toString()));
  }

  @Test
  void badConfig() throws Exception {
    assertConfigRejected("{\"spark\": {}, \"count_everything\": true}",
        "config file {file}: unknown key 'count_everything'");
    assertConfigRejected("{\"spark\": {", "is not valid JSON");
    assertConfigRejected("{\"spark\": [1, 2]}", "bad value for 'spark'");
    assertOneLine(main("run", "--input", "in", "--output", "o", "--as-of", "2026-03-31", "--config",
        tmp.resolve("none.json").toString()), 4, "config file not found");
    assertConfigRejected("{\"series_start\": \"2025-13\"}",
        "bad value for 'series_start': a month as yyyy-MM, not '2025-13'");
    assertConfigRejected("{\"count_claimed\": \"yes\"}", "bad value for 'count_claimed'");
    assertConfigRejected("{\"output\": {\"keep\": 2}}",
        "config file {file}: unknown key 'output.keep' (known keys there: keep_versions, publish)");
    assertConfigRejected("{\"output\": {\"keep_versions\": 0}}", "keep_versions must be at least 1, not 0");
    assertConfigRejected("{\"output\": {\"publish\": \"copy\"}}", "bad value for 'output.publish'");
    assertConfigRejected("{\"report\": {\"threat\": \"OIC\"}}",
        "config file {file}: unknown key 'report.threat' (known keys there: threat_area)");
    assertConfigRejected("{\"report\": {\"threat_area\": \"GUNS\"}}",
        "threat_area must be one of [DRUGS, FIREARMS, FRAUD, MSHT, OIC, OTHER], not 'GUNS'");
  }

  @Test
  void theExampleConfigReads() {
    PipelineConfig c = PipelineConfig.read(Path.of("..", "data", "example-config.json"));
    assertEquals(Map.of("spark.sql.shuffle.partitions", "64", "spark.sql.adaptive.enabled", "true"), c.spark());
    assertEquals(YearMonth.of(2023, 4), c.seriesStart());
    assertEquals(List.of("/srv/disruption-analytics/mappings/kent_police_export.json"), c.mappings());
    assertEquals(new OutputOptions(3, OutputOptions.Publish.AUTO), c.output());
    assertEquals("MSHT", c.reportThreatArea());
    // Absent, the report is about OIC, and the key stays out of the canonical JSON (and the run id).
    assertEquals("OIC", PipelineConfig.defaults().reportThreatArea());
    assertFalse(PipelineConfig.defaults().canonicalJson().contains("report"));
  }

  @Test
  void badMapping() throws Exception {
    InputFolder in = new InputFolder(tmp.resolve("mapped"));
    in.file("disruptions", "mps.csv", "Ref,Date", "A,01/01/2026");
    Files.createDirectories(in.root().resolve("mappings"));
    Files.writeString(in.root().resolve("mappings/mps.json"),
        "{\"dataset\": \"disruptions\", \"files\": \"disruptions/\", \"colums\": {}}");
    assertOneLine(main("run", "--input", in.root().toString(), "--output", tmp.resolve("o").toString(),
        "--as-of", "2026-03-31"), 4, "mapping file mappings/mps.json: unknown key 'colums'");
    Files.writeString(in.root().resolve("mappings/mps.json"),
        "{\"dataset\": \"disruptions\", \"files\": \"disruptions/\", \"columns\": {\"disruption_id\": \"Ref No\"}}");
    assertOneLine(main("run", "--input", in.root().toString(), "--output", tmp.resolve("o").toString(),
        "--as-of", "2026-03-31"), 4, "mapping file mappings/mps.json: columns.disruption_id names the column"
        + " 'Ref No', which the header of disruptions/mps.csv lacks");
  }

  @Test
  void badInput() throws Exception {
    assertOneLine(main("run", "--input", tmp.resolve("nowhere").toString(), "--output",
        tmp.resolve("o").toString(), "--as-of", "2026-03-31"), 3, "input folder not found");
    Files.createDirectories(tmp.resolve("partial/disruptions"));
    assertOneLine(main("run", "--input", tmp.resolve("partial").toString(), "--output",
        tmp.resolve("o").toString(), "--as-of", "2026-03-31"), 3, "has no investigations/ folder");
    InputFolder in = new InputFolder(tmp.resolve("corrupt"));
    in.file("disruptions", "broken.parquet", "this is not parquet");
    assertOneLine(main("run", "--input", in.root().toString(), "--output", tmp.resolve("o").toString(),
        "--as-of", "2026-03-31"), 3, "cannot read input file");
  }

  /**
   * A compressed file cut short after its header: the listing reads the header, the parse meets
   * the cut. One line naming the file, exit status 3, and no warehouse written.
   */
  @Test
  void aTruncatedArchiveIsAnInputErrorNamingTheFile() throws Exception {
    String text = InputFolder.DISRUPTIONS_HEADER + "\n"
        + "NCA,D1,NCA,,NW,OIC,,,,2025-05-01,2025-05-02,MAJOR,ARREST,VALIDATED,2025-05-02T09:00:00Z\n".repeat(2000);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    for (String name : List.of("b_nca.csv.gz", "b_nca.csv.bz2")) {
      byte[] whole = name.endsWith(".gz") ? InputBytes.gzip(utf8) : InputBytes.bzip2(utf8);
      InputFolder in = new InputFolder(tmp.resolve("truncated-" + name));
      in.file("disruptions", "a_plain.csv", InputFolder.DISRUPTIONS_HEADER);
      in.bytes("disruptions", name, java.util.Arrays.copyOf(whole, whole.length - 5));
      Path out = tmp.resolve("o-" + name);
      Result r = main("run", "--input", in.root().toString(), "--output", out.toString(), "--as-of", "2026-03-31");
      String expected = name.endsWith(".gz")
          ? "not a complete gzip file (corrupt or truncated: Unexpected end of input stream)"
          : "not a complete bzip2 file (corrupt or truncated: Unexpected end of stream)";
      assertEquals(new Result(3, "", "disruption-analytics: cannot read input file disruptions/" + name + ": "
          + expected + "\n"), r);
      assertFalse(Files.exists(out.resolve("_manifest.json")), "nothing published");
    }
  }

  @Test
  void verboseAddsTheStackTrace() {
    Result r = main("run", "--input", tmp.resolve("nowhere").toString(), "--output",
        tmp.resolve("o").toString(), "--as-of", "2026-03-31", "--verbose");
    assertEquals(3, r.status());
    assertTrue(r.err().lines().count() > 3, r.err());
    assertTrue(r.err().contains("\tat org.disruptionanalytics."), r.err());
  }
}
