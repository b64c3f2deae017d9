package org.disruptionanalytics.marts;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.contract.RatioInterval;
import org.disruptionanalytics.contract.ReportingPeriod;

/**
 * marts/disruption_counts (CONTRACT.md sections 3.2 and 3.3). Events are expanded once into the
 * cells they count in and summed per piece of a month: a whole month, or its days up to and after
 * a span that ends inside it (a running period's data_to, its prior's end). Each period's current
 * and prior spans are then sums of whole pieces over a small table of the months each span covers,
 * joined by month. No Spark job per period or cell; a few pieces per cell and month rather than
 * one row per cell and day.
 */
public final class DisruptionCounts {

  public static final String ALL = "ALL";
  private static final String SPAN = "span";
  private static final String MONTH_START = "month_start";
  private static final String SPAN_END = "span_end";
  private static final String CURRENT_SPAN = "current_span";
  private static final String PRIOR_SPAN = "prior_span";
  private static final String PRIOR_AVAILABLE = "prior_available";
  private static final String PIECE_END = "piece_end";

  private static final StructType PERIODS = new StructType()
      .add(PERIOD_TYPE, DataTypes.StringType, false).add(PERIOD_LABEL, DataTypes.StringType, false)
      .add(PERIOD_START, DataTypes.DateType, false).add(PERIOD_END, DataTypes.DateType, false)
      .add(DATA_TO, DataTypes.DateType, false).add(IS_COMPLETE, DataTypes.BooleanType, false)
      .add(PRIOR_PERIOD_LABEL, DataTypes.StringType, false).add(PRIOR_AVAILABLE, DataTypes.BooleanType, false)
      .add(CURRENT_SPAN, DataTypes.StringType, false).add(PRIOR_SPAN, DataTypes.StringType, false);
  private static final StructType SPAN_MONTHS = new StructType()
      .add(MONTH_START, DataTypes.DateType, false).add(SPAN, DataTypes.StringType, false)
      .add(SPAN_END, DataTypes.DateType, false);

  private final Dataset<Row> periods;
  private final Dataset<Row> spanMonths;
  /** The spans' ends that are not the last day of their month, latest first. */
  private final List<LocalDate> cuts;
  private final LocalDate asOf;
  private final String runId;

  private DisruptionCounts(Dataset<Row> periods, Dataset<Row> spanMonths, List<LocalDate> cuts, LocalDate asOf,
      String runId) {
    this.periods = periods;
    this.spanMonths = spanMonths;
    this.cuts = cuts;
    this.asOf = asOf;
    this.runId = runId;
  }

  /** Counts for the periods of a series starting in {@code firstMonth}, up to {@code asOf}. */
  public static DisruptionCounts forSeries(SparkSession spark, YearMonth firstMonth, LocalDate asOf, String runId) {
    List<Row> periodRows = new ArrayList<>();
    Set<List<LocalDate>> spans = new LinkedHashSet<>();
    for (ReportingPeriod p : ReportingPeriod.between(firstMonth, asOf)) {
      periodRows.add(RowFactory.create(p.type().name(), p.label(), Date.valueOf(p.start()),
          Date.valueOf(p.end()), Date.valueOf(p.dataTo()), p.complete(), p.priorLabel(),
          p.priorAvailable(), span(p.start(), p.dataTo()), span(p.priorStart(), p.priorEnd())));
      spans.add(List.of(p.start(), p.dataTo()));
      if (p.priorAvailable()) {
        spans.add(List.of(p.priorStart(), p.priorEnd()));
      }
    }
    List<Row> monthRows = new ArrayList<>();
    TreeSet<LocalDate> cuts = new TreeSet<>(Comparator.reverseOrder());
    for (List<LocalDate> s : spans) {
      LocalDate end = s.get(1);
      if (!end.equals(YearMonth.from(end).atEndOfMonth())) {
        cuts.add(end);
      }
      for (YearMonth m = YearMonth.from(s.get(0)); !m.isAfter(YearMonth.from(s.get(1))); m = m.plusMonths(1)) {
        monthRows.add(RowFactory.create(Date.valueOf(m.atDay(1)), span(s.get(0), s.get(1)), Date.valueOf(s.get(1))));
      }
    }
    return new DisruptionCounts(spark.createDataFrame(periodRows, PERIODS),
        spark.createDataFrame(monthRows, SPAN_MONTHS), List.copyOf(cuts), asOf, runId);
  }

  private static String span(LocalDate from, LocalDate to) {
    return from + "/" + to;
  }

  /**
   * Events (from {@link DisruptionEvents}) to distinct events per cell and piece of a month, with
   * their severity in the cell: each claim counts in its own agency and region, in the agency's ALL
   * row, the region's ALL row and ALL/ALL; an event counts once per cell at its highest severity
   * there. Most events have one claim, whose cells are distinct already: only the others are
   * grouped to take the highest severity per cell.
   */
  private Dataset<Row> pieces(Dataset<Row> events) {
    Column claim = col("claim");
    Column rank = col(DisruptionEvents.SEVERITY_RANK);
    Column pieceEnd = pieceEnd(col(EVENT_DATE)).as(PIECE_END);
    Dataset<Row> single = events.filter(col(CLAIMS).equalTo(1))
        .select(pieceEnd, element_at(col(DisruptionEvents.CLAIM_CELLS), 1).as("claim"))
        .select(col(PIECE_END), claim.getField(THREAT_AREA).as(THREAT_AREA),
            claim.getField(DisruptionEvents.SEVERITY_RANK).as(DisruptionEvents.SEVERITY_RANK), cells(claim))
        .select(col(PIECE_END), col(THREAT_AREA), col("cell." + AGENCY_CODE).as(AGENCY_CODE),
            col("cell." + REGION_CODE).as(REGION_CODE), rank);
    Dataset<Row> joint = events.filter(col(CLAIMS).gt(1))
        .select(col(EVENT_ID), pieceEnd, explode(col(DisruptionEvents.CLAIM_CELLS)).as("claim"))
        .select(col(EVENT_ID), col(PIECE_END), claim.getField(THREAT_AREA).as(THREAT_AREA),
            claim.getField(DisruptionEvents.SEVERITY_RANK).as(DisruptionEvents.SEVERITY_RANK), cells(claim))
        // Grouping by the event first keeps the events' partitioning: no shuffle here.
        .groupBy(col(EVENT_ID), col(PIECE_END), col(THREAT_AREA), col("cell." + AGENCY_CODE).as(AGENCY_CODE),
            col("cell." + REGION_CODE).as(REGION_CODE))
        .agg(max(rank).as(DisruptionEvents.SEVERITY_RANK))
        .drop(EVENT_ID);
    return single.unionByName(joint)
        .groupBy(THREAT_AREA, AGENCY_CODE, REGION_CODE, PIECE_END)
        .agg(count(lit(1)).as(DISRUPTIONS), severityCount(rank, 3).as(MAJOR),
            severityCount(rank, 2).as(MODERATE), severityCount(rank, 1).as(MINOR));
  }

  /** The last day of a day's piece: the earliest cut on or after it in its month, else the month's end. */
  private Column pieceEnd(Column day) {
    Column end = last_day(day);
    // Latest cut first, so that an earlier cut of the same month, applied later, wins.
    for (LocalDate cut : cuts) {
      end = when(day.leq(lit(Date.valueOf(cut))).and(day.geq(lit(Date.valueOf(cut.withDayOfMonth(1))))),
          lit(Date.valueOf(cut))).otherwise(end);
    }
    return end;
  }

  /** The four cells a claim counts in: its agency and region, either or both rolled up to ALL. */
  private static Column cells(Column claim) {
    Column agency = claim.getField(AGENCY_CODE);
    Column region = claim.getField(REGION_CODE);
    return explode(array(
        struct(agency.as(AGENCY_CODE), region.as(REGION_CODE)),
        struct(lit(ALL).as(AGENCY_CODE), region.as(REGION_CODE)),
        struct(agency.as(AGENCY_CODE), lit(ALL).as(REGION_CODE)),
        struct(lit(ALL).as(AGENCY_CODE), lit(ALL).as(REGION_CODE)))).as("cell");
  }

  private static Column severityCount(Column rank, int value) {
    return sum(when(rank.equalTo(value), 1L).otherwise(0L));
  }

  /** Events ({@link DisruptionEvents}) in, the counts mart out. */
  public Dataset<Row> apply(Dataset<Row> events) {
    Dataset<Row> spanCounts = pieces(events)
        .join(broadcast(spanMonths), trunc(col(PIECE_END), "MM").equalTo(col(MONTH_START))
            .and(col(PIECE_END).leq(col(SPAN_END))))
        .groupBy(col(THREAT_AREA), col(AGENCY_CODE), col(REGION_CODE), col(SPAN))
        .agg(sum(DISRUPTIONS).as(DISRUPTIONS), sum(MAJOR).as(MAJOR), sum(MODERATE).as(MODERATE),
            sum(MINOR).as(MINOR));
    Dataset<Row> current = spanCounts
        .join(broadcast(periods.select(PERIOD_TYPE, PERIOD_LABEL, CURRENT_SPAN)), col(SPAN).equalTo(col(CURRENT_SPAN)))
        .select(col(THREAT_AREA), col(AGENCY_CODE), col(REGION_CODE), col(PERIOD_TYPE), col(PERIOD_LABEL),
            col(DISRUPTIONS), col(MAJOR), col(MODERATE), col(MINOR));
    Dataset<Row> prior = spanCounts
        .join(broadcast(periods.filter(col(PRIOR_AVAILABLE)).select(PERIOD_TYPE, PERIOD_LABEL, PRIOR_SPAN)),
            col(SPAN).equalTo(col(PRIOR_SPAN)))
        .select(col(THREAT_AREA), col(AGENCY_CODE), col(REGION_CODE), col(PERIOD_TYPE), col(PERIOD_LABEL),
            col(DISRUPTIONS).as(PRIOR_DISRUPTIONS), col(MAJOR).as(PRIOR_MAJOR), col(MODERATE).as(PRIOR_MODERATE),
            col(MINOR).as(PRIOR_MINOR));
    Dataset<Row> cells = current
        .join(prior, seq(THREAT_AREA, AGENCY_CODE, REGION_CODE, PERIOD_TYPE, PERIOD_LABEL), "full_outer")
        .join(broadcast(periods), seq(PERIOD_TYPE, PERIOD_LABEL));
    Column disruptions = coalesce(col(DISRUPTIONS), lit(0L));
    Column priorCount = prior(PRIOR_DISRUPTIONS);
    Column change = disruptions.minus(priorCount);
    return cells
        .withColumn("interval", INTERVAL.apply(disruptions, priorCount))
        .select(col(THREAT_AREA), col(PERIOD_TYPE), col(PERIOD_LABEL), col(PERIOD_START), col(PERIOD_END),
            col(DATA_TO), col(IS_COMPLETE), col(AGENCY_CODE), col(REGION_CODE), disruptions.as(DISRUPTIONS),
            coalesce(col(MAJOR), lit(0L)).as(MAJOR), coalesce(col(MODERATE), lit(0L)).as(MODERATE),
            coalesce(col(MINOR), lit(0L)).as(MINOR), col(PRIOR_PERIOD_LABEL), priorCount.as(PRIOR_DISRUPTIONS),
            prior(PRIOR_MAJOR).as(PRIOR_MAJOR), prior(PRIOR_MODERATE).as(PRIOR_MODERATE),
            prior(PRIOR_MINOR).as(PRIOR_MINOR), change.as(CHANGE),
            when(priorCount.gt(0), change.multiply(100.0).divide(priorCount)).as(PCT_CHANGE),
            col("interval.low").as(RATIO_CI95_LOW), col("interval.high").as(RATIO_CI95_HIGH),
            col("interval.significant").as(CHANGE_SIGNIFICANT),
            lit(asOf.toString()).cast("date").as(AS_OF), lit(runId).as(RUN_ID));
  }

  /**
   * A prior count of the cell: 0 where the prior span has no events in it, null where that span
   * starts before the data (its count would be partial).
   */
  private static Column prior(String column) {
    return when(col(PRIOR_AVAILABLE), coalesce(col(column), lit(0L)));
  }

  private static scala.collection.immutable.Seq<String> seq(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
  }

  /** Clopper–Pearson bounds, computed once per distinct (current, prior) in each executor. */
  private static final ConcurrentHashMap<List<Long>, RatioInterval> CACHE = new ConcurrentHashMap<>();
  private static final UserDefinedFunction INTERVAL = udf((UDF2<Long, Long, Row>) (c, p) -> {
    if (p == null || c + p == 0) {
      return null;
    }
    RatioInterval i = CACHE.computeIfAbsent(List.of(c, p), k -> RatioInterval.of(c, p));
    return RowFactory.create(i.low(), i.high(), i.significant());
  }, new StructType().add("low", DataTypes.DoubleType, false).add("high", DataTypes.DoubleType, true)
      .add("significant", DataTypes.BooleanType, false));
}
