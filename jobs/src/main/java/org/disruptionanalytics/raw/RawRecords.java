package org.disruptionanalytics.raw;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.disruptionanalytics.dataset.ColumnName;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;

/**
 * The raw layer: every record of every input file of one dataset, one row each, with its lineage
 * and its contract columns as text exactly as read.
 */
public final class RawRecords {

  private RawRecords() {}

  /**
   * Every record of the dataset's files as raw rows ({@link InputDataset#rawSchema()}), for the
   * caller to go on with in the same tasks: each text file parsed whole by one task, streaming (so
   * records may span lines), its read reported to {@code reads}; each Parquet file read by Spark.
   */
  public static JavaRDD<Row> rows(
      SparkSession spark, InputDataset dataset, List<InputFile> files, FileReads reads) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<JavaRDD<Row>> parts = new ArrayList<>();
    List<InputFile> text = files.stream().filter(f -> f.format() != InputFormat.PARQUET).toList();
    if (!text.isEmpty()) {
      HadoopSettings hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
      parts.add(sc.parallelize(text, text.size()).flatMap(f -> reads.parse(hadoop, dataset, f)));
    }
    for (InputFile f : files) {
      if (f.format() == InputFormat.PARQUET) {
        parts.add(readParquet(spark, dataset, f).toJavaRDD());
      }
    }
    if (parts.isEmpty()) {
      return sc.emptyRDD();
    }
    return parts.size() == 1 ? parts.get(0) : sc.union(parts.toArray(JavaRDD[]::new));
  }

  private static Dataset<Row> readParquet(SparkSession spark, InputDataset dataset, InputFile file) {
    Dataset<Row> df = spark.read().parquet(file.uri());
    Map<String, StructField> byName = new HashMap<>();
    for (StructField field : df.schema().fields()) {
      byName.putIfAbsent(ColumnName.of(field.name()), field);
    }
    List<Column> cols = new ArrayList<>();
    cols.add(lit(dataset.folder()).as(DATASET));
    cols.add(lit(file.relativePath()).as(SOURCE_FILE));
    cols.add(col("_metadata.row_index").plus(1).cast(DataTypes.LongType).as(ROW_NUMBER));
    cols.add(to_json(struct(col("*"))).as(RAW_RECORD));
    cols.add(lit(false).as(MALFORMED));
    List<String> ignored = file.ignoredColumns();
    cols.add((ignored.isEmpty()
        ? lit(null).cast(DataTypes.createArrayType(DataTypes.StringType, false))
        : array(ignored.stream().map(org.apache.spark.sql.functions::lit).toArray(Column[]::new))).as(IGNORED_COLUMNS));
    for (String c : dataset.columns()) {
      StructField field = byName.get(c);
      cols.add((field == null ? lit(null).cast(DataTypes.StringType) : asText(field)).as(c));
    }
    // Parquet files are never mapped (SourceMappings refuses them).
    cols.add(lit(null).cast(DataTypes.createArrayType(DataTypes.StringType, false)).as(MAPPING_REASONS));
    return df.select(cols.toArray(Column[]::new));
  }

  /** Typed Parquet values as the text a CSV export of them would hold. */
  private static Column asText(StructField field) {
    Column c = col("`" + field.name() + "`");
    DataType t = field.dataType();
    if (t.equals(DataTypes.StringType)) {
      return c;
    }
    if (t.equals(DataTypes.DateType)) {
      return date_format(c, "yyyy-MM-dd");
    }
    if (t.equals(DataTypes.TimestampType)) {
      return date_format(c, "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
    }
    if (t.equals(DataTypes.TimestampNTZType)) {
      // No zone: left without an offset, which the contract calls BAD_TIMESTAMP.
      return date_format(c, "yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    }
    if (t instanceof org.apache.spark.sql.types.StructType
        || t instanceof org.apache.spark.sql.types.ArrayType
        || t instanceof org.apache.spark.sql.types.MapType) {
      return to_json(c);
    }
    return c.cast(DataTypes.StringType);
  }
}
