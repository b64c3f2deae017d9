package org.disruptionanalytics.marts;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.PublishedWarehouse;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events of the plain pass against the aggregation they replace (Spark's collect_set and
 * collect_list, kept here as the second method), on the clean disruptions of the sample and of
 * data/published: the same rows, every column (the claim cells, a list in no set order, compared
 * sorted).
 */
class DisruptionEventsTest {

  @TempDir static Path tmp;

  /** The aggregation of the code before, as it was. */
  static Dataset<Row> byAggregation(Dataset<Row> clean) {
    Column sourceKey = concat(col(SOURCE_SYSTEM), lit(":"), col(DISRUPTION_ID));
    return clean.filter(col(STATUS).isin("VALIDATED"))
        .select(coalesce(col(JOINT_REF), sourceKey).as(EVENT_ID), sourceKey.as(SOURCE_KEYS),
            col(THREAT_AREA), col(AGENCY_CODE), col(REGION_CODE), col(DISRUPTION_DATE), col(OCG_REF),
            DisruptionEvents.severityRank(col(SEVERITY)).as(DisruptionEvents.SEVERITY_RANK))
        .groupBy(EVENT_ID)
        .agg(min(DISRUPTION_DATE).as(EVENT_DATE),
            joined(collect_set(THREAT_AREA)).as(THREAT_AREAS),
            joined(collect_set(AGENCY_CODE)).as(AGENCY_CODES),
            joined(collect_set(REGION_CODE)).as(REGION_CODES),
            max(DisruptionEvents.SEVERITY_RANK).as(DisruptionEvents.SEVERITY_RANK),
            count(lit(1)).as(CLAIMS),
            joined(collect_list(SOURCE_KEYS)).as(SOURCE_KEYS),
            joined(collect_set(OCG_REF)).as(OCG_REFS),
            collect_list(struct(col(THREAT_AREA), col(AGENCY_CODE), col(REGION_CODE),
                col(DisruptionEvents.SEVERITY_RANK))).as(DisruptionEvents.CLAIM_CELLS));
  }

  private static Column joined(Column values) {
    return nullif(array_join(array_sort(values), "|"), lit(""));
  }

  private static Dataset<Row> comparable(Dataset<Row> events) {
    return events.withColumn(DisruptionEvents.CLAIM_CELLS, array_sort(col(DisruptionEvents.CLAIM_CELLS)));
  }

  private static void sameEvents(Dataset<Row> clean) {
    Dataset<Row> expected = comparable(byAggregation(clean));
    Dataset<Row> actual = comparable(clean.transform(new DisruptionEvents(false)::apply));
    assertEquals(expected.schema(), actual.schema());
    SharedSpark.assertSameRows(expected, actual);
    assertTrue(actual.filter(col(CLAIMS).gt(1)).count() > 0, "joint events are compared too");
  }

  @Test
  void theSamplesEvents() {
    PipelineRun run = PipelineRun.of(Path.of("..", "data", "sample"), tmp.resolve("out"), "2026-10-31");
    sameEvents(run.table("clean/disruptions"));
  }

  @Test
  void thePublishedTablesEvents() {
    sameEvents(PublishedWarehouse.run().table("clean/disruptions"));
  }
}
