package org.disruptionanalytics.clean;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.dataset.Codes;
import org.disruptionanalytics.dataset.DatasetRules;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.ReasonCode;

/** The clean layer: exactly the kept rows, typed, with the file and row they came from. */
public final class CleanTables {
  private CleanTables() {}

  /** Kept rows of a classified dataset, in contract column order, then lineage. */
  public static Dataset<Row> kept(InputDataset dataset, Dataset<Row> classified) {
    List<Column> cols = new ArrayList<>();
    dataset.columns().forEach(c -> cols.add(col(c)));
    cols.add(col(SOURCE_FILE));
    cols.add(col(ROW_NUMBER));
    if (dataset == InputDataset.DISRUPTIONS) {
      cols.add(year(col(DISRUPTION_DATE)).as(YEAR));
      cols.add(month(col(DISRUPTION_DATE)).as(MONTH));
    }
    return classified.filter(col(OUTCOME).isin(RecordOutcomes.KEPT.toArray()))
        .select(cols.toArray(Column[]::new));
  }

  /**
   * Quarantined rows as CONTRACT.md section 4 lays out quarantine/dataset, each with its raw text
   * as read: taken from the rows read ({@code validated}) for the few that the version step
   * quarantined, which it leaves without.
   */
  public static Dataset<Row> quarantine(DatasetRules rules, Dataset<Row> classified, Dataset<Row> validated,
      String asOf, String runId) {
    Dataset<Row> quarantined = classified.filter(col(OUTCOME).startsWith(Outcome.QUARANTINED_PREFIX));
    Column conflict = col(OUTCOME).equalTo(Outcome.quarantined(ReasonCode.DUPLICATE_CONFLICT));
    Dataset<Row> rawText = validated.select(col(SOURCE_FILE).as("_file"), col(ROW_NUMBER).as("_row"),
        col(RAW_RECORD).as("_raw"));
    // Conflicting copies are few: sent to every task that reads the rows, which need not move.
    // An inner join, because Spark broadcasts only the side an outer join does not keep (a left
    // join from the conflicts shuffled every row read); it keeps every conflict all the same, as
    // each is a row read, with its one (file, row).
    Dataset<Row> conflicts = broadcast(quarantined.filter(conflict));
    Dataset<Row> restored = rawText
        .join(conflicts, conflicts.col(SOURCE_FILE).equalTo(rawText.col("_file"))
            .and(conflicts.col(ROW_NUMBER).equalTo(rawText.col("_row"))), "inner")
        .withColumn(RAW_RECORD, col("_raw"))
        .drop("_file", "_row", "_raw");
    return quarantined.filter(not(conflict)).unionByName(restored)
        .select(col(DATASET), col(SOURCE_FILE), col(ROW_NUMBER), col(RAW_RECORD), col(REASON_CODES),
            col(OUTCOME), qualitySource(rules).as(SOURCE_SYSTEM),
            lit(asOf).cast("date").as(AS_OF), lit(runId).as(RUN_ID));
  }

  /** The source a data_quality row is counted under: the row's own, as far as it could be read. */
  public static Column qualitySource(DatasetRules rules) {
    return coalesce(col(rules.qualitySource()), lit(Codes.UNKNOWN_SOURCE));
  }
}
