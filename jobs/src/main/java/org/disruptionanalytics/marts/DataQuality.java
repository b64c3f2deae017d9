package org.disruptionanalytics.marts;

import static org.disruptionanalytics.contract.Columns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * marts/data_quality: rows per dataset, source system and outcome. Built from the per-file
 * outcome counts the run has already gathered, so it costs no pass over the data.
 */
public final class DataQuality {
  private DataQuality() {}

  /** One outcome count of one file. */
  public record Count(String dataset, String sourceFile, String sourceSystem, String outcome, long rows) {}

  public static final StructType SCHEMA = new StructType()
      .add(DATASET, DataTypes.StringType, false)
      .add(SOURCE_SYSTEM, DataTypes.StringType, false)
      .add(OUTCOME, DataTypes.StringType, false)
      .add(ROWS, DataTypes.LongType, false)
      .add(AS_OF, DataTypes.DateType, false)
      .add(RUN_ID, DataTypes.StringType, false);

  /** The mart's rows, sorted by dataset, source system and outcome. */
  public static List<Row> rows(List<Count> counts, java.time.LocalDate asOf, String runId) {
    Map<List<String>, Long> totals = new TreeMap<>((a, b) -> {
      for (int i = 0; i < a.size(); i++) {
        int c = a.get(i).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    for (Count c : counts) {
      totals.merge(List.of(c.dataset(), c.sourceSystem(), c.outcome()), c.rows(), Long::sum);
    }
    List<Row> rows = new ArrayList<>();
    totals.forEach((k, n) -> rows.add(RowFactory.create(k.get(0), k.get(1), k.get(2), n,
        asOf, runId)));
    return rows;
  }

  public static Dataset<Row> table(SparkSession spark, List<Row> rows) {
    return spark.createDataFrame(rows, SCHEMA);
  }
}
