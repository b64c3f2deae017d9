package org.disruptionanalytics.marts;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * marts/ocg_coverage (CONTRACT.md section 4): one row per known group with a kept ACTIVE register
 * row, with what has been done about it, so that no known group goes unassessed. A group's
 * disruptions and investigations are found through any of its refs.
 */
public final class OcgCoverage {

  public static final String DISRUPTED_12M = "DISRUPTED_12M";
  public static final String UNDER_INVESTIGATION = "UNDER_INVESTIGATION";
  public static final String ASSESSED_ONLY = "ASSESSED_ONLY";
  public static final String NO_ACTIVITY = "NO_ACTIVITY";
  /** The statuses in precedence order: a group has the first that applies. */
  public static final List<String> STATUSES = List.of(DISRUPTED_12M, UNDER_INVESTIGATION, ASSESSED_ONLY, NO_ACTIVITY);

  private static final String ACTIVE = "ACTIVE";
  private static final String OPEN = "OPEN";
  private static final String REGION_CHOICE = "_region_choice";

  private final Dataset<Row> groups;
  private final Dataset<Row> events;
  private final Dataset<Row> investigations;
  private final LocalDate asOf;
  private final String runId;

  /**
   * @param groups clean/ocg_groups (ocg_ref, ocg_id)
   * @param events disruption events (event_id, event_date, ocg_refs), counted rows only
   * @param investigations clean/investigations
   */
  public OcgCoverage(Dataset<Row> groups, Dataset<Row> events, Dataset<Row> investigations,
      LocalDate asOf, String runId) {
    this.groups = groups.select(OCG_REF, OCG_ID);
    this.events = events;
    this.investigations = investigations;
    this.asOf = asOf;
    this.runId = runId;
  }

  /** clean/ocg_register in, marts/ocg_coverage out. */
  public Dataset<Row> apply(Dataset<Row> cleanRegister) {
    Column asOfDate = lit(asOf.toString()).cast("date");
    // "12 months before" a day: the same day a year earlier, or that month's last day.
    Column yearBefore = lit(asOf.minusYears(1).toString()).cast("date");
    Dataset<Row> register = cleanRegister.join(groups, OCG_REF);
    Column active = col(STATUS).equalTo(ACTIVE);

    Dataset<Row> known = register.groupBy(OCG_ID).agg(
        max(when(active, true)).as("_any_active"),
        coalesce(max(when(active, col(LIST_NAME).equalTo("PND"))), lit(false)).as(ON_PND),
        coalesce(max(when(active, col(LIST_NAME).equalTo("SOC_MASTER"))), lit(false)).as(ON_SOC_MASTER),
        // Most recently updated first, then list_name, then ocg_ref: the smallest such struct.
        min(when(active, struct(unix_micros(col(LAST_UPDATED)).multiply(-1), col(LIST_NAME), col(OCG_REF),
            col(REGION_CODE)))).as(REGION_CHOICE),
        min(when(active, col(TIER))).as(TIER),
        array_join(array_sort(array_distinct(flatten(collect_list(when(active, split(col(THREAT_AREAS), "\\|")))))), "|")
            .as(THREAT_AREAS),
        max(LAST_ASSESSED_DATE).as(LAST_ASSESSED_DATE))
        .filter(col("_any_active"));

    Dataset<Row> linked = groups.groupBy(OCG_ID)
        .agg(array_join(array_sort(collect_list(OCG_REF)), "|").as(LINKED_REFS));

    Dataset<Row> disrupted = events
        .select(col(EVENT_ID), col(EVENT_DATE), explode(split(col(OCG_REFS), "\\|")).as(OCG_REF))
        .join(groups, OCG_REF)
        .groupBy(OCG_ID).agg(
            max(EVENT_DATE).as(LAST_DISRUPTION_DATE),
            count_distinct(when(col(EVENT_DATE).gt(yearBefore).and(col(EVENT_DATE).leq(asOfDate)), col(EVENT_ID)))
                .as(DISRUPTIONS_12M));

    Dataset<Row> investigated = investigations.join(groups, OCG_REF)
        .groupBy(OCG_ID).agg(
            count(when(col(STATUS).equalTo(OPEN), lit(1))).as(OPEN_INVESTIGATIONS),
            max(OPENED_DATE).as(LAST_INVESTIGATION_DATE));

    Column coverage = when(col(DISRUPTIONS_12M).gt(0), lit(DISRUPTED_12M))
        .when(col(OPEN_INVESTIGATIONS).gt(0), lit(UNDER_INVESTIGATION))
        .when(col(LAST_ASSESSED_DATE).gt(yearBefore), lit(ASSESSED_ONLY))
        .otherwise(lit(NO_ACTIVITY));

    return known
        .join(linked, OCG_ID, "left")
        .join(disrupted, OCG_ID, "left")
        .join(investigated, OCG_ID, "left")
        .withColumn(DISRUPTIONS_12M, coalesce(col(DISRUPTIONS_12M), lit(0L)))
        .withColumn(OPEN_INVESTIGATIONS, coalesce(col(OPEN_INVESTIGATIONS), lit(0L)))
        .select(col(OCG_ID), col(LINKED_REFS), col(ON_PND), col(ON_SOC_MASTER),
            col(REGION_CHOICE + "." + REGION_CODE).as(REGION_CODE), col(TIER), col(THREAT_AREAS),
            col(LAST_DISRUPTION_DATE), col(DISRUPTIONS_12M), col(OPEN_INVESTIGATIONS),
            col(LAST_INVESTIGATION_DATE), col(LAST_ASSESSED_DATE),
            datediff(asOfDate, col(LAST_ASSESSED_DATE)).as(DAYS_SINCE_ASSESSED),
            coverage.as(COVERAGE_STATUS), asOfDate.as(AS_OF), lit(runId).as(RUN_ID));
  }

  /**
   * The coverage headline: known active groups, and how many have each status, in precedence
   * order.
   */
  public static List<String> lines(Dataset<Row> coverage) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    STATUSES.forEach(s -> byStatus.put(s, 0L));
    long total = 0;
    for (Row r : coverage.groupBy(COVERAGE_STATUS).count().collectAsList()) {
      byStatus.put(r.getString(0), r.getLong(1));
      total += r.getLong(1);
    }
    return List.of(String.format(java.util.Locale.UK,
        "Known active crime groups: %,d; disrupted in the last 12 months %,d, under investigation %,d,"
            + " assessed only %,d, no activity %,d",
        total, byStatus.get(DISRUPTED_12M), byStatus.get(UNDER_INVESTIGATION), byStatus.get(ASSESSED_ONLY),
        byStatus.get(NO_ACTIVITY)));
  }
}
