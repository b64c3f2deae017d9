package org.disruptionanalytics.bench;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.reference.ReferenceData;

/**
 * The bare baseline of issue 12: the one fixed yardstick that scripts/bench.sh times the whole
 * pipeline against. Written once and not to be tuned afterwards, or its figures stop being
 * comparable from one change to the next. It reads the CSV and JSON Lines files of
 * {@code <input>/disruptions/} once with a fixed all-string schema (CSV columns by position in the
 * contract's order, as the generator writes them; JSON by name; no Parquet, no mappings), types the
 * two dates and last_updated, derives an empty region from the force through the bundled reference
 * list, keeps the rows whose dates parse, that were not recorded before they happened and that
 * exist at the as-of, keeps the latest version of each (source_system, disruption_id), and writes
 * as Parquet the distinct events of VALIDATED rows by threat, agency, region and month in four
 * grouping sets. Nothing else: no quarantine, no other dataset, no marts, no report.
 * Usage: {@code BareBaseline <input> <output> <as-of>}.
 */
public final class BareBaseline {
  private static final String FORCE_REGION = "force_region";
  private static final String VIEW = "bare_baseline_rows";

  private BareBaseline() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: BareBaseline <input> <output> <as-of yyyy-mm-dd>");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("bare-baseline").getOrCreate();
    RowsRead rowsRead = new RowsRead();
    spark.sparkContext().addSparkListener(rowsRead);
    long start = System.nanoTime();
    run(spark, args[0], args[1], LocalDate.parse(args[2]));
    // Same line shape as the pipeline's stages, so that bench.sh reads both alike.
    System.err.printf(Locale.ROOT, "BareBaseline: stage counts written: %s in %.1f s%n", args[1],
        (System.nanoTime() - start) / 1e9);
    // Stopping drains the listener bus: only then are all the tasks' input metrics in.
    spark.stop();
    System.err.println("BareBaseline: rows read: " + rowsRead.rows.get());
  }

  /** Reads, filters, counts and writes: the whole measured work. */
  static void run(SparkSession spark, String input, String output, LocalDate asOf) {
    // ANSI off: a date that does not parse is null (the row is dropped) instead of failing the job.
    spark.conf().set("spark.sql.ansi.enabled", "false");
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    counts(spark, input, asOf).write().mode(SaveMode.Overwrite).parquet(output);
  }

  private static Dataset<Row> counts(SparkSession spark, String input, LocalDate asOf) {
    StructType schema = new StructType();
    for (String c : InputDataset.DISRUPTIONS.columns()) {
      schema = schema.add(c, DataTypes.StringType, true);
    }
    String folder = input + "/" + InputDataset.DISRUPTIONS.folder();
    Dataset<Row> csv = spark.read().schema(schema).option("header", "true").option("pathGlobFilter", "*.csv")
        .csv(folder);
    Dataset<Row> json = spark.read().schema(schema).option("pathGlobFilter", "*.jsonl").json(folder);

    Column disruptionDate = to_date(col(DISRUPTION_DATE), "yyyy-MM-dd");
    Column recordedDate = to_date(col(RECORDED_DATE), "yyyy-MM-dd");
    Column lastUpdated = to_timestamp(col(LAST_UPDATED));
    Dataset<Row> typed = csv.unionByName(json)
        .join(broadcast(forces(spark)), col(FORCE_CODE).equalTo(col("ref_" + FORCE_CODE)), "left")
        .select(col(SOURCE_SYSTEM), col(DISRUPTION_ID), col(THREAT_AREA), col(AGENCY_CODE),
            coalesce(nullif(trim(col(REGION_CODE)), lit("")), col(FORCE_REGION)).as(REGION_CODE),
            nullif(trim(col(JOINT_REF)), lit("")).as(JOINT_REF), col(STATUS),
            disruptionDate.as(DISRUPTION_DATE), recordedDate.as(RECORDED_DATE), lastUpdated.as(LAST_UPDATED));

    Dataset<Row> existing = typed.filter(col(DISRUPTION_DATE).isNotNull()
        .and(col(RECORDED_DATE).isNotNull())
        .and(col(LAST_UPDATED).isNotNull())
        .and(col(RECORDED_DATE).geq(col(DISRUPTION_DATE)))
        .and(col(RECORDED_DATE).leq(lit(asOf)))
        .and(col(LAST_UPDATED).lt(lit(asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))));

    // The greatest struct is the one with the latest last_updated (its first field); on a tie the
    // other fields decide, so that the choice is deterministic.
    Dataset<Row> latest = existing.groupBy(col(SOURCE_SYSTEM), col(DISRUPTION_ID))
        .agg(max(struct(col(LAST_UPDATED), col(STATUS), col(THREAT_AREA), col(AGENCY_CODE), col(REGION_CODE),
            col(DISRUPTION_DATE), col(JOINT_REF))).as("v"))
        .select(col(SOURCE_SYSTEM), col(DISRUPTION_ID), col("v.*"));

    latest.filter(col(STATUS).equalTo("VALIDATED"))
        .select(col(THREAT_AREA), col(AGENCY_CODE), col(REGION_CODE),
            date_format(col(DISRUPTION_DATE), "yyyy-MM").as(MONTH),
            coalesce(col(JOINT_REF), concat(col(SOURCE_SYSTEM), lit(":"), col(DISRUPTION_ID))).as(EVENT_ID))
        .createOrReplaceTempView(VIEW);
    return spark.sql(String.join("\n",
        "SELECT " + THREAT_AREA + ",",
        "  IF(GROUPING(" + AGENCY_CODE + ") = 1, 'ALL', " + AGENCY_CODE + ") AS " + AGENCY_CODE + ",",
        "  IF(GROUPING(" + REGION_CODE + ") = 1, 'ALL', " + REGION_CODE + ") AS " + REGION_CODE + ",",
        "  " + MONTH + ", COUNT(DISTINCT " + EVENT_ID + ") AS " + DISRUPTIONS,
        "FROM " + VIEW,
        "GROUP BY GROUPING SETS (",
        "  (" + THREAT_AREA + ", " + AGENCY_CODE + ", " + REGION_CODE + ", " + MONTH + "),",
        "  (" + THREAT_AREA + ", " + AGENCY_CODE + ", " + MONTH + "),",
        "  (" + THREAT_AREA + ", " + REGION_CODE + ", " + MONTH + "),",
        "  (" + THREAT_AREA + ", " + MONTH + "))"));
  }

  /** The reference list's forces that have a region (British Transport Police has none). */
  private static Dataset<Row> forces(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    ReferenceData.bundled().forceRegions()
        .forEach((force, region) -> region.ifPresent(r -> rows.add(RowFactory.create(force, r))));
    return spark.createDataFrame(rows, new StructType()
        .add("ref_" + FORCE_CODE, DataTypes.StringType, false)
        .add(FORCE_REGION, DataTypes.StringType, false));
  }

  /**
   * Rows the file scans produced (Spark's input metrics), summed over the tasks. Spark pushes the
   * implied "date is not null" filters into the CSV and JSON parsers, so a row with an empty date
   * or last_updated is skipped before it is counted (none in generated inputs; 26 in the sample).
   */
  private static final class RowsRead extends SparkListener {
    final AtomicLong rows = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null) {
        rows.addAndGet(end.taskMetrics().inputMetrics().recordsRead());
      }
    }
  }
}
