package org.disruptionanalytics.clean;

import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.disruptionanalytics.dataset.DatasetRules;
import org.disruptionanalytics.reference.ReferenceData;

/**
 * Step 1 of CONTRACT.md section 3.1 over a whole dataset: every raw row through {@link
 * RecordValidator}, in the task that produced it, so that no query plan is built for it.
 */
public final class RowValidation {

  private final DatasetRules rules;
  private final RecordValidator validator;

  public RowValidation(DatasetRules rules, ReferenceData reference) {
    this.rules = rules;
    this.validator = new RecordValidator(rules, reference);
  }

  /** Raw rows in (as they stream from the parser), typed rows out, with {@code reasons}. */
  public Dataset<Row> apply(SparkSession spark, JavaRDD<Row> raw) {
    RecordValidator v = validator;
    return spark.createDataFrame(raw.map(v::validate), v.schema());
  }

  /** Raw rows in, typed rows out, with {@code reasons}: an array, empty for a valid row. */
  public Dataset<Row> apply(Dataset<Row> raw) {
    // The validator reads cells by position: the raw layer's order, whatever the given one.
    Column[] layout = Arrays.stream(rules.dataset().rawSchema().fieldNames()).map(functions::col)
        .toArray(Column[]::new);
    return apply(raw.sparkSession(), raw.select(layout).toJavaRDD());
  }
}
