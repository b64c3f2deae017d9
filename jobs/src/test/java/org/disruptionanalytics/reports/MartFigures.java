package org.disruptionanalytics.reports;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.contract.RatioInterval;

/**
 * Each figure's value worked out again from the tables as Spark reads them (each table read and
 * collected once; the lookups are plain Java over Spark's rows).
 */
public final class MartFigures {
  private static final List<String> KEY = List.of("threat_area", "period_type", "period_label", "agency_code",
      "region_code");
  private final PipelineRun run;
  private final java.time.YearMonth seriesStart;
  private final Map<List<String>, Row> counts = new java.util.HashMap<>();
  private final List<Row> coverage;
  private final List<Row> quality;
  private final Map<List<String>, Row> returns = new java.util.HashMap<>();
  private final Map<String, Long> clean = new TreeMap<>();

  public MartFigures(PipelineRun run, LocalDate asOf) {
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

  public Object expected(JsonNode f, String threat) {
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
    // source_system ALL: summed over the sources (the published release's totals per dataset).
    String source = key.get("source_system").asText();
    return quality.stream().filter(q -> q.getString(q.fieldIndex("dataset")).equals(key.get("dataset").asText())
            && (source.equals("ALL") || q.getString(q.fieldIndex("source_system")).equals(source)))
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
