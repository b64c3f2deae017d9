package org.disruptionanalytics.marts;

import static org.disruptionanalytics.contract.Columns.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.clean.SparkStringOrder;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One event row from its claims, in plain Java: a pass over claims sorted by event id that closes
 * an event when the id changes. Spark's collect_set and collect_list made every event an object
 * aggregation buffer, whose set-up per group cost more than the rest of the stage; here a group is
 * a few lists. The values are what those functions gave: sets and lists without nulls, sorted as
 * Spark sorts strings (by their UTF-8 bytes, which is code point order), joined with "|", null
 * when empty.
 */
final class EventAssembly implements Iterator<Row> {

  // The claims in, by position: event_id, source key, threat_area, agency_code, region_code,
  // disruption_date, ocg_ref, severity rank (DisruptionEvents.apply's projection).

  static final StructType CLAIM_CELL = new StructType()
      .add(THREAT_AREA, DataTypes.StringType)
      .add(AGENCY_CODE, DataTypes.StringType)
      .add(REGION_CODE, DataTypes.StringType)
      .add(DisruptionEvents.SEVERITY_RANK, DataTypes.IntegerType);

  /** The events out, as the aggregation declared them (count and the cell list never null). */
  static final StructType EVENTS = new StructType()
      .add(EVENT_ID, DataTypes.StringType)
      .add(EVENT_DATE, DataTypes.DateType)
      .add(THREAT_AREAS, DataTypes.StringType)
      .add(AGENCY_CODES, DataTypes.StringType)
      .add(REGION_CODES, DataTypes.StringType)
      .add(DisruptionEvents.SEVERITY_RANK, DataTypes.IntegerType)
      .add(CLAIMS, DataTypes.LongType, false)
      .add(SOURCE_KEYS, DataTypes.StringType)
      .add(OCG_REFS, DataTypes.StringType)
      .add(DisruptionEvents.CLAIM_CELLS, DataTypes.createArrayType(CLAIM_CELL, false), false);

  private static final Comparator<String> SPARK_ORDER = SparkStringOrder.ORDER;

  private final Iterator<Row> claims;
  private Row pending;

  private EventAssembly(Iterator<Row> claims) {
    this.claims = claims;
    this.pending = claims.hasNext() ? claims.next() : null;
  }

  /** The events of a partition whose claims are sorted by event id. */
  static Iterator<Row> of(Iterator<Row> sortedClaims) {
    return new EventAssembly(sortedClaims);
  }

  @Override
  public boolean hasNext() {
    return pending != null;
  }

  @Override
  public Row next() {
    if (pending == null) {
      throw new NoSuchElementException();
    }
    String id = pending.getString(0);
    java.sql.Date date = null;
    Integer rank = null;
    long count = 0;
    TreeSet<String> threats = new TreeSet<>(SPARK_ORDER);
    TreeSet<String> agencies = new TreeSet<>(SPARK_ORDER);
    TreeSet<String> regions = new TreeSet<>(SPARK_ORDER);
    TreeSet<String> refs = new TreeSet<>(SPARK_ORDER);
    List<String> sourceKeys = new ArrayList<>();
    List<Row> cells = new ArrayList<>();
    while (pending != null && java.util.Objects.equals(pending.getString(0), id)) {
      Row c = pending;
      count++;
      add(sourceKeys, c.getString(1));
      add(threats, c.getString(2));
      add(agencies, c.getString(3));
      add(regions, c.getString(4));
      if (!c.isNullAt(5) && (date == null || c.getDate(5).before(date))) {
        date = c.getDate(5);
      }
      add(refs, c.getString(6));
      Integer r = c.isNullAt(7) ? null : c.getInt(7);
      if (r != null && (rank == null || r > rank)) {
        rank = r;
      }
      cells.add(RowFactory.create(c.getString(2), c.getString(3), c.getString(4), r));
      pending = claims.hasNext() ? claims.next() : null;
    }
    sourceKeys.sort(SPARK_ORDER);
    return RowFactory.create(id, date, joined(threats), joined(agencies), joined(regions), rank, count,
        joined(sourceKeys), joined(refs), scala.jdk.javaapi.CollectionConverters.asScala(cells).toList());
  }

  private static void add(java.util.Collection<String> values, String v) {
    if (v != null) {
      values.add(v);
    }
  }

  private static String joined(java.util.Collection<String> values) {
    String s = String.join("|", values);
    return s.isEmpty() ? null : s;
  }
}
