package org.disruptionanalytics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.reports.disclosure.Intruder;
import org.disruptionanalytics.reports.sections.PublishedBuilder;
import org.disruptionanalytics.reports.sections.ReportContext;
import org.disruptionanalytics.reports.sections.SummaryBuilder;
import org.disruptionanalytics.reports.warehouse.Warehouse;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * The checks every published release must pass (CONTRACT.md 5.3), against the run's own marts read
 * by Spark: each count published equals the mart's value or is [c]; no count from 1 to 4 anywhere
 * in reports/published/ (summary.json, CSV, the page's figures and charts); no national cell of 5
 * or more suppressed; and the intruder cannot narrow any suppressed count.
 */
public final class PublishedReleaseCheck {

  static final Set<String> COUNT_MEASURES = Set.of("disruptions", "major", "moderate", "minor", "prior_disruptions",
      "prior_major", "prior_moderate", "prior_minor", "count", "sum(rows)");
  static final Set<String> COUNT_COLUMNS = Set.of("disruptions", "major", "moderate", "minor", "prior_disruptions",
      "prior_major", "prior_moderate", "prior_minor", "groups", "rows_read", "valid", "quarantined", "after_as_of",
      "duplicate_dropped", "superseded", "linked_same_list");

  /** What the release suppressed, for the closing note. */
  public record Shares(int counts, int primary, int secondary) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%d counts: %d primary (%.1f%%), %d secondary (%.1f%%)", counts,
          primary, 100.0 * primary / counts, secondary, 100.0 * secondary / counts);
    }
  }

  private PublishedReleaseCheck() {}

  /** Which national counts of 5 or more must all be published. */
  public enum National {
    /** Every one: a release whose national counts are all large enough to need no protection. */
    ALL_COUNTS,
    /**
     * The totals (disruptions and their priors) of every period but the month: where a national
     * month is 1 to 4 and its quarter is published, another month (or the quarter) must go, and the
     * smaller month goes; severities are the parts of a total and may be secondary suppressions.
     */
    TOTALS_BUT_MONTHS
  }

  public static Shares check(PipelineRun run, National national) throws IOException {
    return check(run, national, null);
  }

  /** @param previous the warehouse of the previous release, whose published values the intruder knows */
  public static Shares check(PipelineRun run, National national, Path previous) throws IOException {
    Path warehouse = run.output().toRealPath();
    Path dir = warehouse.resolve("reports/published");
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    assertEquals("published", summary.get("audience").asText());
    String threat = summary.get("threat_area").asText();
    MartFigures marts = new MartFigures(run, LocalDate.parse(summary.get("as_of").asText()));
    for (JsonNode f : summary.get("figures")) {
      String measure = f.get("measure").asText();
      JsonNode v = f.get("value");
      boolean suppressed = flags(f).contains("c");
      if (!COUNT_MEASURES.contains(measure)) {
        continue;
      }
      Object exact = marts.expected(f, threat);
      if (suppressed) {
        assertTrue(v.isNull(), "a suppressed figure has no value: " + f);
        JsonNode key = f.get("key");
        boolean isNational = f.get("table").asText().equals("disruption_counts") && key.get("agency_code").asText()
            .equals("ALL") && key.get("region_code").asText().equals("ALL");
        boolean guarded = national == National.ALL_COUNTS || (measure.endsWith("disruptions")
            && !key.get("period_type").asText().equals("MONTH"));
        if (isNational && guarded && exact instanceof Long n) {
          // Totals and large cells are preferred: no national count of 5 or more is suppressed.
          assertTrue(n < 5, "a national count of " + n + " suppressed: " + f);
        }
      } else if (exact != null) {
        assertEquals(((Long) exact).longValue(), v.longValue(), f.toString());
        assertFalse(v.longValue() >= 1 && v.longValue() <= 4, "a count from 1 to 4 published: " + f);
      }
    }
    try (Stream<Path> files = Files.list(dir.resolve("tables"))) {
      for (Path csv : files.toList()) {
        try (CSVParser p = CSVParser.parse(csv, java.nio.charset.StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
          for (CSVRecord r : p) {
            for (String column : p.getHeaderNames()) {
              if (COUNT_COLUMNS.contains(column)) {
                String cell = r.get(column);
                assertFalse(cell.matches("[1-4]"), csv.getFileName() + " " + column + " = " + cell);
              }
            }
          }
        }
      }
    }
    String html = Files.readString(dir.resolve("summary.html"));
    Matcher figure = Pattern.compile("data-figure=\"(\\d+)\">([^<]*)<").matcher(html);
    while (figure.find()) {
      JsonNode f = summary.get("figures").get(Integer.parseInt(figure.group(1)));
      if (COUNT_MEASURES.contains(f.get("measure").asText())) {
        assertFalse(figure.group(2).matches("[1-4]"), "a count from 1 to 4 on the page: " + f);
      }
    }
    // Chart data: bar labels and the descriptions that state the charts' figures.
    Matcher label = Pattern.compile("<text [^>]*class=\"value\">([^<]*)</text>").matcher(html);
    while (label.find()) {
      assertFalse(label.group(1).matches("[1-4]"), "a bar labelled " + label.group(1));
    }
    Matcher desc = Pattern.compile("<desc [^>]*>([^<]*)</desc>").matcher(html);
    while (desc.find()) {
      assertFalse(desc.group(1).matches("(?s).*(\\d{4}|[A-Z]{2,4}) [1-4](;|\\.| \\().*"),
          "a count from 1 to 4 in a chart's description: " + desc.group(1));
    }

    // The intruder, given the release's own problem, narrows nothing.
    try (Warehouse w = Warehouse.open(WarehouseFiles.local(warehouse))) {
      ReportContext ctx = RunFacts.read(WarehouseFiles.local(warehouse), threat);
      java.util.Optional<org.disruptionanalytics.reports.revisions.Release> before = previous == null
          ? java.util.Optional.empty()
          : org.disruptionanalytics.reports.revisions.Release.published(WarehouseFiles.local(previous));
      PublishedBuilder.Release release = PublishedBuilder.build(ctx, SummaryBuilder.read(w, ctx), before);
      // The release checked is the one written.
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("summary.json")),
          org.disruptionanalytics.reports.MonthlySummary.files(release.report()).get("reports/published/summary.json")),
          "the release rebuilt here differs from the one the run wrote");
      Set<String> suppressed = new java.util.TreeSet<>(release.protection().primary());
      suppressed.addAll(release.protection().secondary());
      Map<String, Intruder.Range> ranges = Intruder.attack(release.problem(), suppressed);
      ranges.forEach((id, r) -> assertFalse(r.narrowed(3), id + " narrowed to " + r));
      assertEquals(suppressed, ranges.keySet());
      return new Shares(release.counts(), release.protection().primary().size(),
          release.protection().secondary().size());
    }
  }

  private static List<String> flags(JsonNode f) {
    List<String> out = new java.util.ArrayList<>();
    f.get("flags").forEach(x -> out.add(x.asText()));
    return out;
  }
}
