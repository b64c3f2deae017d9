package org.disruptionanalytics.clean;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.disruptionanalytics.dataset.ColumnRule;
import org.disruptionanalytics.dataset.DatasetRules;

/**
 * Steps 2 and 3 of CONTRACT.md section 3.1 (and the link rules of section 4): gives every
 * validated row its one outcome and its {@code reason_codes}. Rows through the version step come
 * out without their raw text: {@link CleanTables#quarantine} restores it for those quarantined.
 */
public final class RecordOutcomes {

  private final DatasetRules rules;
  private final LocalDate asOf;

  public RecordOutcomes(DatasetRules rules, LocalDate asOf) {
    this.rules = rules;
    this.asOf = asOf;
  }

  public Dataset<Row> apply(Dataset<Row> validated) {
    Column invalid = size(col(REASONS)).gt(0);
    Dataset<Row> quarantined = validated.filter(invalid)
        .withColumn(OUTCOME, concat(lit(Outcome.QUARANTINED_PREFIX), element_at(col(REASONS), 1)));
    Dataset<Row> valid = validated.filter(not(invalid));
    Dataset<Row> decided;
    if (rules.versioned()) {
      Column exists = col(LAST_UPDATED).lt(lit(asOf.plusDays(1).toString() + " 00:00:00").cast(DataTypes.TimestampType))
          .and(col(rules.existsFrom().orElseThrow()).leq(lit(asOf.toString()).cast(DataTypes.DateType)));
      // The version step sorts every row; its rows leave their raw text behind, which only a
      // DUPLICATE_CONFLICT among them needs (CleanTables.quarantine takes it back from the rows read).
      decided = valid.filter(not(exists)).withColumn(OUTCOME, lit(Outcome.AFTER_AS_OF))
          .unionByName(versions(valid.filter(exists).withColumn(RAW_RECORD, lit(null).cast(DataTypes.StringType))));
    } else {
      decided = links(valid);
    }
    return quarantined.unionByName(decided)
        .withColumn(REASON_CODES, when(size(col(REASONS)).gt(0), array_join(col(REASONS), "|")));
  }

  /** Among a record's rows, the latest wins; identical latest copies are dropped, differing ones quarantined. */
  private Dataset<Row> versions(Dataset<Row> existing) {
    Column[] key = rules.key().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    VersionOutcomes outcomes = new VersionOutcomes(existing.schema(), rules.key(),
        rules.columns().stream().map(ColumnRule::name).toList());
    List<Column> order = new ArrayList<>(List.of(key));
    // Latest first, then by (file, row), which makes the first row the copy that is kept.
    order.addAll(List.of(col(LAST_UPDATED).desc(), col(SOURCE_FILE), col(ROW_NUMBER)));
    return existing.repartition(key)
        .sortWithinPartitions(order.toArray(Column[]::new))
        .mapPartitions((MapPartitionsFunction<Row, Row>) outcomes::apply, Encoders.row(outcomes.schema()));
  }

  /** A repeated pair (either order) is dropped; two refs of one system are kept but flagged. */
  private static Dataset<Row> links(Dataset<Row> valid) {
    Column a = col(OCG_REF_A);
    Column b = col(OCG_REF_B);
    Column rank = row_number().over(Window.partitionBy(least(a, b), greatest(a, b))
        .orderBy(col(SOURCE_FILE), col(ROW_NUMBER)));
    Column sameList = a.notEqual(b).and(substring_index(a, ":", 1).equalTo(substring_index(b, ":", 1)));
    return valid.withColumn(OUTCOME,
        when(rank.gt(1), lit(Outcome.DUPLICATE_DROPPED))
            .when(sameList, lit(Outcome.LINKED_SAME_LIST))
            .otherwise(lit(Outcome.VALID)));
  }

  /** Outcomes whose rows are kept in clean/. */
  public static final List<String> KEPT = List.of(Outcome.VALID, Outcome.LINKED_SAME_LIST);
}
