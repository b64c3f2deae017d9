package org.disruptionanalytics.bench;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disruptionanalytics.clean.OcgLinker;

/**
 * Times group linking on a generated link table built to be hard: half the links form long chains
 * (the depth that defeats plain label propagation), half join refs at random (one giant group and
 * many small ones). Every tenth random ref is registered. The result goes to Spark's no-op sink.
 * Usage: {@code LinksBenchmark [links] [chain length] [runs]}.
 */
public final class LinksBenchmark {
  private LinksBenchmark() {}

  public static void main(String[] args) {
    long links = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    long chainLength = args.length > 1 ? Long.parseLong(args[1]) : 5_000L;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    SparkSession spark = SparkSession.builder().appName("links-benchmark").getOrCreate();
    long chained = links / 2;
    long randomRefs = (links - chained) * 4 / 5;
    Column c = col("id").divide(chainLength).cast("long");
    Column p = pmod(col("id"), lit(chainLength));
    Column here = concat(lit("C:"), c, lit(":"), p);
    Column next = concat(lit("C:"), c, lit(":"), p.plus(1));
    Dataset<Row> chains = spark.range(chained).select(
        when(p.mod(2).equalTo(0), here).otherwise(next).as(OCG_REF_A),
        when(p.mod(2).equalTo(0), next).otherwise(here).as(OCG_REF_B));
    Dataset<Row> random = spark.range(chained, links).select(
        concat(lit("R:"), pmod(xxhash64(col("id"), lit(1)), lit(randomRefs))).as(OCG_REF_A),
        concat(lit("R:"), pmod(xxhash64(col("id"), lit(2)), lit(randomRefs))).as(OCG_REF_B));
    Dataset<Row> table = chains.union(random).localCheckpoint();
    Dataset<Row> register = spark.range(0, randomRefs, 10).select(concat(lit("R:"), col("id")).as(OCG_REF))
        .localCheckpoint();
    System.out.printf("links: %d (%d in chains of %d, %d random among %d refs); registered refs: %d%n",
        table.count(), chained, chainLength, links - chained, randomRefs, register.count());
    List<Long> ms = new ArrayList<>();
    Dataset<Row> result = null;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      result = register.transform(new OcgLinker(table)::apply).localCheckpoint();
      ms.add((System.nanoTime() - t) / 1_000_000);
    }
    System.out.printf("refs: %d in %d groups%nlinking ms: %s (median %d)%n", result.count(),
        result.select(OCG_ID).distinct().count(), ms, CountsBenchmark.median(ms));
  }
}
