package org.disruptionanalytics;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One local SparkSession for every test class in the JVM (surefire reuses one fork), with
 * spark-testing-base's DataFrame assertions. Its JUnit 4 hooks do not run under Jupiter, so the
 * session is started here and stopped when the JVM exits.
 */
public final class SharedSpark {

  private static JavaDataFrameSuiteBase base;

  private SharedSpark() {}

  private static synchronized JavaDataFrameSuiteBase base() {
    if (base == null) {
      base = new JavaDataFrameSuiteBase() {
        @Override
        public SparkConf conf() {
          return new SparkConf()
              .setMaster("local[2]")
              .setAppName("disruption-analytics-tests")
              .set("spark.ui.enabled", "false")
              .set("spark.sql.shuffle.partitions", "2")
              .set("spark.default.parallelism", "2")
              .set("spark.sql.session.timeZone", "UTC")
              .set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
              .set("spark.driver.host", "127.0.0.1");
        }

        @Override
        public boolean enableHiveSupport() {
          return false;
        }
      };
      base.runBefore();
      Runtime.getRuntime().addShutdownHook(new Thread(JavaDataFrameSuiteBase::runAfterClass));
    }
    return base;
  }

  public static SparkSession spark() {
    return base().spark();
  }

  /** Same rows in any order, same column names and types (nullability aside: Parquet drops it). */
  public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    base().assertDataFrameNoOrderEquals(nullable(expected), nullable(actual));
  }

  private static Dataset<Row> nullable(Dataset<Row> df) {
    StructType schema = new StructType();
    for (StructField f : df.schema().fields()) {
      DataType type = f.dataType() instanceof ArrayType a ? new ArrayType(a.elementType(), true) : f.dataType();
      schema = schema.add(f.name(), type, true);
    }
    return spark().createDataFrame(df.rdd(), schema);
  }
}
