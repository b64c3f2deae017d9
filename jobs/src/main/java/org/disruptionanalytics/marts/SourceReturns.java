package org.disruptionanalytics.marts;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * marts/source_returns (CONTRACT.md section 4, added in 1.1): per source system and month of
 * {@code recorded_date}, the kept disruption rows received against what the source's previous
 * months lead one to expect, so that a missing or partial return is seen before it is read as a
 * fall in disruptions.
 *
 * <p>Where the contract is silent: a source's months start with its first month, so the months
 * before it do not exist and do not count towards "the previous six" (month 4 is judged on
 * months 1 to 3); a month with no rows is a month of 0 and counts as 0 in the later months'
 * means, since the source existed and returned nothing; only the as-of month can be incomplete,
 * so only it is scaled. The median of an even count is the lower middle value (nearest rank).
 */
public final class SourceReturns {

  public static final String DATASET_NAME = "disruptions";
  public static final String NEW = "NEW";
  public static final String LOW_VOLUME = "LOW_VOLUME";
  public static final String MISSING = "MISSING";
  public static final String PARTIAL = "PARTIAL";
  public static final String HIGH = "HIGH";
  public static final String OK = "OK";
  /** The flags in precedence order: a month has the first that applies. */
  public static final List<String> FLAGS = List.of(NEW, LOW_VOLUME, MISSING, PARTIAL, HIGH, OK);

  private static final int HISTORY_MONTHS = 6;
  private static final int MIN_HISTORY_MONTHS = 3;
  private static final double TOO_FEW_TO_JUDGE = 10.0;
  private static final double PARTIAL_BELOW = 0.6;
  private static final double HIGH_ABOVE = 1.5;

  private static final String LAG = "_lag";
  private static final String LAGS = "_lags";
  private static final String FIRST_MONTH = "_first_month";
  private static final String MONTH_INDEX = "_month_index";

  private final LocalDate asOf;
  private final String runId;

  public SourceReturns(LocalDate asOf, String runId) {
    this.asOf = asOf;
    this.runId = runId;
  }

  /** clean/disruptions (the kept rows, every status) in, marts/source_returns out. */
  public Dataset<Row> apply(Dataset<Row> cleanDisruptions) {
    Column asOfMonth = lit(asOf.withDayOfMonth(1).toString()).cast("date");
    Dataset<Row> received = cleanDisruptions
        .select(col(SOURCE_SYSTEM), trunc(col(RECORDED_DATE), "MM").as(MONTH),
            datediff(col(RECORDED_DATE), col(DISRUPTION_DATE)).as(LAG))
        .groupBy(SOURCE_SYSTEM, MONTH)
        .agg(count(lit(1)).as(ROWS), array_sort(collect_list(col(LAG))).as(LAGS));

    // Every month from the source's first to the as-of month; kept rows are never recorded after
    // the as-of, so that range is never empty.
    Dataset<Row> months = received.groupBy(SOURCE_SYSTEM).agg(min(MONTH).as(FIRST_MONTH))
        .select(col(SOURCE_SYSTEM), col(FIRST_MONTH),
            explode(sequence(lit(0), months_between(asOfMonth, col(FIRST_MONTH)).cast("int"))).as(MONTH_INDEX))
        .select(col(SOURCE_SYSTEM), add_months(col(FIRST_MONTH), col(MONTH_INDEX)).as(MONTH));

    // Rows, not a range: the frame holds only months the source has, so fewer at its start.
    WindowSpec previous = Window.partitionBy(SOURCE_SYSTEM).orderBy(MONTH).rowsBetween(-HISTORY_MONTHS, -1);
    Column rows = coalesce(col(ROWS), lit(0L));
    Column mean = when(count(rows).over(previous).geq(MIN_HISTORY_MONTHS), avg(rows).over(previous));
    Column expected = mean;
    if (asOf.getDayOfMonth() < asOf.lengthOfMonth()) {
      expected = when(col(MONTH).equalTo(asOfMonth),
          mean.multiply(asOf.getDayOfMonth()).divide(asOf.lengthOfMonth())).otherwise(mean);
    }
    Column ratio = when(col(EXPECTED_ROWS).gt(0), col(ROWS).divide(col(EXPECTED_ROWS)));
    Column flag = when(col(EXPECTED_ROWS).isNull(), lit(NEW))
        .when(col(EXPECTED_ROWS).lt(TOO_FEW_TO_JUDGE), lit(LOW_VOLUME))
        .when(col(ROWS).equalTo(0), lit(MISSING))
        .when(col(RATIO_TO_EXPECTED).lt(PARTIAL_BELOW), lit(PARTIAL))
        .when(col(RATIO_TO_EXPECTED).gt(HIGH_ABOVE), lit(HIGH))
        .otherwise(lit(OK));

    return months.join(received, new String[] {SOURCE_SYSTEM, MONTH}, "left")
        .select(col(SOURCE_SYSTEM), col(MONTH), rows.as(ROWS), expected.as(EXPECTED_ROWS), col(LAGS))
        .withColumn(RATIO_TO_EXPECTED, ratio)
        .select(lit(DATASET_NAME).as(DATASET), col(SOURCE_SYSTEM), col(MONTH), col(ROWS), col(EXPECTED_ROWS),
            col(RATIO_TO_EXPECTED), flag.as(FLAG),
            nearestRank(col(LAGS), col(ROWS), 1, 2).as(MEDIAN_LAG_DAYS),
            nearestRank(col(LAGS), col(ROWS), 9, 10).as(P90_LAG_DAYS),
            lit(asOf.toString()).cast("date").as(AS_OF), lit(runId).as(RUN_ID));
  }

  /**
   * The value at rank ceil(p × n) of the sorted values, p = num / den. The rank is taken from
   * (num × n) / den, integers over a small denominator: its double is exact when the quotient is
   * an integer and at least 1/den from one otherwise, so the ceiling is exact for any count.
   * Null for a month without rows, whose list is null.
   */
  private static Column nearestRank(Column sortedValues, Column n, int num, int den) {
    return element_at(sortedValues, ceil(n.multiply(num).divide(den)).cast("int"));
  }
}
