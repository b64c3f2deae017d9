package org.disruptionanalytics.marts;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Disruption events (CONTRACT.md section 3.2): the counted rows grouped by event, one row each,
 * with the event's date (its earliest), the traces behind every count, and its claims' threat,
 * agency, region and severity kept for the counts.
 */
public final class DisruptionEvents {

  /** The event's counted rows as (threat_area, agency_code, region_code, severity rank). */
  public static final String CLAIM_CELLS = "claim_cells";
  static final String SEVERITY_RANK = "severity_rank";
  private static final List<String> SEVERITY_BY_RANK = List.of("MINOR", "MODERATE", "MAJOR");

  private final List<String> countedStatuses;

  /** @param countClaimed also count CLAIMED rows (the config switch); REJECTED rows never count */
  public DisruptionEvents(boolean countClaimed) {
    this.countedStatuses = countClaimed ? List.of("VALIDATED", "CLAIMED") : List.of("VALIDATED");
  }

  /** Clean disruptions in, one row per event out. */
  public Dataset<Row> apply(Dataset<Row> cleanDisruptions) {
    Column sourceKey = concat(col(SOURCE_SYSTEM), lit(":"), col(DISRUPTION_ID));
    // One shuffle by event and a sort, then one plain pass per partition (EventAssembly).
    return cleanDisruptions
        .filter(col(STATUS).isin(countedStatuses.toArray()))
        .select(coalesce(col(JOINT_REF), sourceKey).as(EVENT_ID), sourceKey.as(SOURCE_KEYS),
            col(THREAT_AREA), col(AGENCY_CODE), col(REGION_CODE), col(DISRUPTION_DATE), col(OCG_REF),
            severityRank(col(SEVERITY)).as(SEVERITY_RANK))
        .repartition(col(EVENT_ID))
        .sortWithinPartitions(EVENT_ID)
        .mapPartitions((MapPartitionsFunction<Row, Row>) EventAssembly::of, Encoders.row(EventAssembly.EVENTS));
  }

  /** marts/disruption_events: the trace behind every count. */
  public static Dataset<Row> mart(Dataset<Row> events, LocalDate asOf, String runId) {
    return events.select(col(EVENT_ID), col(EVENT_DATE), col(THREAT_AREAS), col(AGENCY_CODES),
        col(REGION_CODES), severityName(col(SEVERITY_RANK)).as(SEVERITY), col(CLAIMS),
        col(SOURCE_KEYS), col(OCG_REFS), lit(asOf.toString()).cast("date").as(AS_OF), lit(runId).as(RUN_ID));
  }

  /** MINOR 1, MODERATE 2, MAJOR 3: "highest" is the largest. */
  static Column severityRank(Column severity) {
    Column rank = lit(null).cast("int");
    for (int i = SEVERITY_BY_RANK.size() - 1; i >= 0; i--) {
      rank = when(severity.equalTo(SEVERITY_BY_RANK.get(i)), lit(i + 1)).otherwise(rank);
    }
    return rank;
  }

  static Column severityName(Column rank) {
    List<Column> names = new ArrayList<>();
    SEVERITY_BY_RANK.forEach(s -> names.add(lit(s)));
    return element_at(array(names.toArray(Column[]::new)), rank);
  }
}
