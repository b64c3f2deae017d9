package org.disruptionanalytics.bench;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disruptionanalytics.marts.DisruptionCounts;
import org.disruptionanalytics.marts.DisruptionEvents;

/**
 * Times the counts stage (events, then every period and cell with its prior and interval) against
 * a bare Spark aggregation over the same clean table: distinct events by threat, agency, region
 * and month. Both end in Spark's no-op sink, so neither pays for writing. Usage:
 * {@code CountsBenchmark <warehouse> <as-of> [runs]}.
 */
public final class CountsBenchmark {
  private CountsBenchmark() {}

  public static void main(String[] args) {
    String warehouse = args[0];
    LocalDate asOf = LocalDate.parse(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    SparkSession spark = SparkSession.builder().appName("counts-benchmark").getOrCreate();
    Dataset<Row> clean = spark.read().parquet(warehouse + "/clean/disruptions");
    long rows = clean.count();
    YearMonth first = YearMonth.from(clean.agg(min(DISRUPTION_DATE)).first().getDate(0).toLocalDate());
    List<Long> counts = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      counts.add(time(() -> clean.transform(new DisruptionEvents(false)::apply)
          .transform(DisruptionCounts.forSeries(spark, first, asOf, "bench")::apply)
          .write().format("noop").mode("overwrite").save()));
      bare.add(time(() -> clean.filter(col(STATUS).equalTo("VALIDATED"))
          .groupBy(col(THREAT_AREA), col(AGENCY_CODE), col(REGION_CODE), trunc(col(DISRUPTION_DATE), "MM"))
          .agg(countDistinct(coalesce(col(JOINT_REF), concat(col(SOURCE_SYSTEM), lit(":"), col(DISRUPTION_ID)))))
          .write().format("noop").mode("overwrite").save()));
    }
    System.out.printf("clean rows: %d%ncounts stage ms: %s (median %d)%nbare aggregation ms: %s (median %d)%nratio: %.2f%n",
        rows, counts, median(counts), bare, median(bare), (double) median(counts) / median(bare));
  }

  private static long time(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return (System.nanoTime() - t) / 1_000_000;
  }

  static long median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    s.sort(null);
    return s.get(s.size() / 2);
  }
}
