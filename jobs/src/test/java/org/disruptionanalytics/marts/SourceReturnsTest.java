package org.disruptionanalytics.marts;

import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked returns as of 20 June 2026 (June has 30 days: the as-of month's expectation is
 * scaled by 20/30). Rows are recorded on the 10th of their month unless said otherwise; the lag is
 * recorded_date minus disruption_date.
 * <pre>
 *   source month   rows lags           previous months' rows  expected            ratio  flag
 *   NCA    2025-10  20  20 each (1)    -                      null                -      NEW
 *   NCA    2025-11  20  2 each         20                     null                -      NEW
 *   NCA    2025-12  20  2 each         20 20                  null                -      NEW
 *   NCA    2026-01  20  2 each         20 20 20               60/3 = 20           1.0    OK
 *   NCA    2026-02   0  -              20 20 20 20            80/4 = 20           0.0    MISSING
 *   NCA    2026-03  40  40..1          20 20 20 20 0          80/5 = 16           2.5    HIGH
 *   NCA    2026-04   8  7..0           20 20 20 20 0 40       120/6 = 20          0.4    PARTIAL
 *   NCA    2026-05  20  2 each         20 20 20 0 40 8        108/6 = 18          20/18  OK
 *   NCA    2026-06   9  2 each (2)     20 20 0 40 8 20        18 × 20/30 = 12     0.75   OK (0.5 unscaled)
 *   HMRC   2026-02   3  5 1 3          -                      null                -      NEW
 *   HMRC   2026-03   3  5 1 3          3                      null                -      NEW
 *   HMRC   2026-04   3  5 1 3          3 3                    null                -      NEW
 *   HMRC   2026-05   3  5 1 3          3 3 3                  9/3 = 3             1.0    LOW_VOLUME
 *   HMRC   2026-06   0  -              3 3 3 3                3 × 20/30 = 2       0.0    LOW_VOLUME (before MISSING)
 *   BF     2026-06   1  0              -                      null                -      NEW
 * </pre>
 * (1) disrupted in September: the month is the recorded one. (2) eight on 10 June, one on the
 * as-of day itself.
 * Nearest rank: 40 lags 1..40 give the median at rank 20 (20) and p90 at rank 36 (36); 8 lags 0..7
 * the median at rank 4 (3, the lower middle value) and p90 at rank ceil(7.2) = 8 (7); 3 lags 1, 3, 5
 * the median at rank 2 (3) and p90 at rank ceil(2.7) = 3 (5); one lag 0 gives 0 for both.
 * The rows cycle through VALIDATED, CLAIMED and REJECTED: kept rows count whatever their status.
 */
class SourceReturnsTest {

  static final LocalDate AS_OF = LocalDate.parse("2026-06-20");
  static final StructType CLEAN = new StructType()
      .add("source_system", DataTypes.StringType).add("disruption_id", DataTypes.StringType)
      .add("disruption_date", DataTypes.DateType).add("recorded_date", DataTypes.DateType)
      .add("status", DataTypes.StringType)
      // The partition column of clean/disruptions, which the mart's own month must not clash with.
      .add("month", DataTypes.IntegerType);
  static final StructType RETURNS = new StructType()
      .add("dataset", DataTypes.StringType).add("source_system", DataTypes.StringType)
      .add("month", DataTypes.DateType).add("rows", DataTypes.LongType)
      .add("expected_rows", DataTypes.DoubleType).add("ratio_to_expected", DataTypes.DoubleType)
      .add("flag", DataTypes.StringType).add("median_lag_days", DataTypes.IntegerType)
      .add("p90_lag_days", DataTypes.IntegerType);
  static final List<String> STATUSES = List.of("VALIDATED", "CLAIMED", "REJECTED");

  static Dataset<Row> returns;

  /** One kept row per lag, recorded on {@code recorded}. */
  private static void add(List<Row> rows, String source, String recorded, int... lags) {
    LocalDate r = LocalDate.parse(recorded);
    for (int lag : lags) {
      LocalDate disrupted = r.minusDays(lag);
      rows.add(RowFactory.create(source, source + "-" + rows.size(), Date.valueOf(disrupted), Date.valueOf(r),
          STATUSES.get(rows.size() % STATUSES.size()), disrupted.getMonthValue()));
    }
  }

  private static int[] times(int n, int lag) {
    int[] lags = new int[n];
    Arrays.fill(lags, lag);
    return lags;
  }

  @BeforeAll
  static void build() {
    List<Row> rows = new ArrayList<>();
    add(rows, "NCA", "2025-10-10", times(20, 20));
    add(rows, "NCA", "2025-11-10", times(20, 2));
    add(rows, "NCA", "2025-12-10", times(20, 2));
    add(rows, "NCA", "2026-01-10", times(20, 2));
    int[] oneToForty = new int[40];
    for (int i = 0; i < 40; i++) {
      oneToForty[i] = 40 - i;
    }
    add(rows, "NCA", "2026-03-10", oneToForty);
    add(rows, "NCA", "2026-04-10", 7, 6, 5, 4, 3, 2, 1, 0);
    add(rows, "NCA", "2026-05-10", times(20, 2));
    // The last as-of day is in: the running month holds every row recorded up to it.
    add(rows, "NCA", "2026-06-10", times(8, 2));
    add(rows, "NCA", "2026-06-20", 2);
    for (String month : List.of("2026-02", "2026-03", "2026-04", "2026-05")) {
      add(rows, "HMRC", month + "-10", 5, 1, 3);
    }
    add(rows, "BF", "2026-06-01", 0);
    returns = returnsOf(AS_OF.toString(), rows);
  }

  private static Dataset<Row> returnsOf(String asOf, List<Row> rows) {
    return new SourceReturns(LocalDate.parse(asOf), "run").apply(SharedSpark.spark().createDataFrame(rows, CLEAN));
  }

  private static Row month(String source, String month, long rows, Double expected, Double ratio, String flag,
      Integer median, Integer p90) {
    return RowFactory.create("disruptions", source, Date.valueOf(month + "-01"), rows, expected, ratio, flag,
        median, p90);
  }

  @Test
  void everySourceMonthFromItsFirstToTheAsOfMonth() {
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            month("NCA", "2025-10", 20, null, null, "NEW", 20, 20),
            month("NCA", "2025-11", 20, null, null, "NEW", 2, 2),
            month("NCA", "2025-12", 20, null, null, "NEW", 2, 2),
            month("NCA", "2026-01", 20, 20.0, 1.0, "OK", 2, 2),
            month("NCA", "2026-02", 0, 20.0, 0.0, "MISSING", null, null),
            month("NCA", "2026-03", 40, 16.0, 2.5, "HIGH", 20, 36),
            month("NCA", "2026-04", 8, 20.0, 0.4, "PARTIAL", 3, 7),
            month("NCA", "2026-05", 20, 18.0, 20.0 / 18.0, "OK", 2, 2),
            month("NCA", "2026-06", 9, 12.0, 0.75, "OK", 2, 2),
            month("HMRC", "2026-02", 3, null, null, "NEW", 3, 5),
            month("HMRC", "2026-03", 3, null, null, "NEW", 3, 5),
            month("HMRC", "2026-04", 3, null, null, "NEW", 3, 5),
            month("HMRC", "2026-05", 3, 3.0, 1.0, "LOW_VOLUME", 3, 5),
            month("HMRC", "2026-06", 0, 2.0, 0.0, "LOW_VOLUME", null, null),
            month("BF", "2026-06", 1, null, null, "NEW", 0, 0)), RETURNS),
        returns.drop("as_of", "run_id"));
  }

  @Test
  void aCompleteAsOfMonthIsNotScaled() {
    // As of 30 June, June is complete: its expectation is the plain mean of January to May (the
    // five months the source has), 90/5 = 18, and 9 rows are 0.5 of it.
    List<Row> rows = new ArrayList<>();
    for (String month : List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05")) {
      add(rows, "NCA", month + "-10", times(18, 1));
    }
    add(rows, "NCA", "2026-06-30", times(9, 1));
    Dataset<Row> june = returnsOf("2026-06-30", rows)
        .filter("month = date'2026-06-01'")
        .select("rows", "expected_rows", "ratio_to_expected", "flag");
    assertEquals(List.of(RowFactory.create(9L, 18.0, 0.5, "PARTIAL")), june.collectAsList());
  }

  @Test
  void ratiosOnTheBoundariesAreOkAndNothingExpectedIsLowVolume() {
    // As of 30 April 2026. A and B: 10 rows in each of January to March, then 15 (1.5) and 6 (0.6).
    // C: one row in January 2025, then none: April 2026's previous six months are all 0.
    List<Row> rows = new ArrayList<>();
    for (String source : List.of("A", "B")) {
      for (String month : List.of("2026-01", "2026-02", "2026-03")) {
        add(rows, source, month + "-10", times(10, 1));
      }
    }
    add(rows, "A", "2026-04-10", times(15, 1));
    add(rows, "B", "2026-04-10", times(6, 1));
    add(rows, "C", "2025-01-10", 1);
    Dataset<Row> april = returnsOf("2026-04-30", rows)
        .filter("month = date'2026-04-01'")
        .select("source_system", "rows", "expected_rows", "ratio_to_expected", "flag")
        .orderBy("source_system");
    assertEquals(List.of(RowFactory.create("A", 15L, 10.0, 1.5, "OK"), RowFactory.create("B", 6L, 10.0, 0.6, "OK"),
        RowFactory.create("C", 0L, 0.0, null, "LOW_VOLUME")), april.collectAsList());
  }

  @Test
  void columnsInTheContractsOrder() {
    assertEquals(List.of("dataset", "source_system", "month", "rows", "expected_rows", "ratio_to_expected", "flag",
        "median_lag_days", "p90_lag_days", "as_of", "run_id"), List.of(returns.columns()));
    assertEquals(List.of(RowFactory.create(Date.valueOf("2026-06-20"), "run")),
        returns.select("as_of", "run_id").distinct().collectAsList());
  }
}
