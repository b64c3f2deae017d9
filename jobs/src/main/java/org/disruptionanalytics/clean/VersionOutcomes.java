package org.disruptionanalytics.clean;

import static org.disruptionanalytics.contract.Columns.*;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.dataset.ReasonCode;

/**
 * The version step of CONTRACT.md section 3.1 as one plain pass over a partition whose rows are
 * sorted by record key, then latest first, then by (file, row): each record's rows are decided
 * together. Rows older than the latest are SUPERSEDED; when the latest rows differ in any contract
 * column, they are all quarantined as DUPLICATE_CONFLICT; otherwise the first is VALID and the
 * other copies are DUPLICATE_DROPPED. (Three window functions over every row did the same, and
 * buffered and copied each record's rows to do it.)
 */
final class VersionOutcomes implements Serializable {

  private final int[] key;
  private final int[] values;
  private final int lastUpdated;
  private final int reasons;
  private final StructType out;

  /**
   * @param in the validated rows' schema
   * @param keyColumns the record key
   * @param valueColumns the contract columns whose values must agree among the latest copies
   */
  VersionOutcomes(StructType in, List<String> keyColumns, List<String> valueColumns) {
    this.key = keyColumns.stream().mapToInt(in::fieldIndex).toArray();
    this.values = valueColumns.stream().mapToInt(in::fieldIndex).toArray();
    this.lastUpdated = in.fieldIndex(LAST_UPDATED);
    this.reasons = in.fieldIndex(REASONS);
    this.out = in.add(OUTCOME, DataTypes.StringType, false);
  }

  StructType schema() {
    return out;
  }

  /** The rows of a sorted partition with their outcomes, record by record. */
  Iterator<Row> apply(Iterator<Row> sorted) {
    return new Iterator<>() {
      private final List<Row> record = new ArrayList<>();
      private final List<Row> decided = new ArrayList<>();
      private int next;
      private Row pending = sorted.hasNext() ? sorted.next() : null;

      @Override
      public boolean hasNext() {
        if (next < decided.size()) {
          return true;
        }
        decided.clear();
        next = 0;
        if (pending == null) {
          return false;
        }
        record.clear();
        Row first = pending;
        while (pending != null && sameKey(first, pending)) {
          record.add(pending);
          pending = sorted.hasNext() ? sorted.next() : null;
        }
        decide(record, decided);
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return decided.get(next++);
      }
    };
  }

  private void decide(List<Row> record, List<Row> decided) {
    Object latest = record.get(0).get(lastUpdated);
    int latestCopies = 0;
    boolean conflict = false;
    while (latestCopies < record.size() && Objects.equals(record.get(latestCopies).get(lastUpdated), latest)) {
      conflict |= !sameValues(record.get(0), record.get(latestCopies));
      latestCopies++;
    }
    for (int i = 0; i < record.size(); i++) {
      Row r = record.get(i);
      String outcome;
      Object reasonList = r.get(reasons);
      if (i >= latestCopies) {
        outcome = Outcome.SUPERSEDED;
      } else if (conflict) {
        outcome = Outcome.quarantined(ReasonCode.DUPLICATE_CONFLICT);
        reasonList = scala.jdk.javaapi.CollectionConverters.asScala(List.of(ReasonCode.DUPLICATE_CONFLICT.name()))
            .toList();
      } else {
        outcome = i == 0 ? Outcome.VALID : Outcome.DUPLICATE_DROPPED;
      }
      Object[] cells = new Object[r.length() + 1];
      for (int c = 0; c < r.length(); c++) {
        cells[c] = r.get(c);
      }
      cells[reasons] = reasonList;
      cells[r.length()] = outcome;
      decided.add(RowFactory.create(cells));
    }
  }

  private boolean sameKey(Row a, Row b) {
    for (int k : key) {
      if (!Objects.equals(a.get(k), b.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean sameValues(Row a, Row b) {
    for (int v : values) {
      if (!Objects.equals(a.get(v), b.get(v))) {
        return false;
      }
    }
    return true;
  }
}
