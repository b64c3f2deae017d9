package org.disruptionanalytics.reports.warehouse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.Types.MinorType;

/**
 * One warehouse table in memory: an Arrow vector per column. Close it (or the Warehouse) to free
 * its memory. Not thread-safe for closing; reading from several threads is fine.
 */
public final class Table implements AutoCloseable {

  /** Which accessor reads which vector type, for the wrong-type message. */
  private static final Map<MinorType, String> ACCESSORS = Map.of(
      MinorType.VARCHAR, "string", MinorType.BIGINT, "bigint", MinorType.INT, "integer",
      MinorType.FLOAT8, "float8", MinorType.BIT, "bool", MinorType.DATEDAY, "date",
      MinorType.TIMESTAMPMICROTZ, "timestamp");

  private final String name;
  private final VectorSchemaRoot root;
  private final BufferAllocator allocator;
  private final Consumer<Table> onClose;
  private boolean closed;

  Table(String name, VectorSchemaRoot root, BufferAllocator allocator, Consumer<Table> onClose) {
    this.name = name;
    this.root = root;
    this.allocator = allocator;
    this.onClose = onClose;
  }

  /** The table folder it was read from, e.g. "marts/disruption_counts". */
  public String name() {
    return name;
  }

  public int rowCount() {
    open();
    return root.getRowCount();
  }

  /** The files' columns in file order, then the partition columns. */
  public List<String> columnNames() {
    open();
    return root.getSchema().getFields().stream().map(f -> f.getName()).toList();
  }

  public boolean has(String column) {
    open();
    return root.getVector(column) != null;
  }

  /** Null when null; VARCHAR columns. */
  public String string(String column, int row) {
    VarCharVector v = typed(column, row, VarCharVector.class, "string");
    return v.isNull(row) ? null : new String(v.get(row), StandardCharsets.UTF_8);
  }

  /** INT64. */
  public Long bigint(String column, int row) {
    BigIntVector v = typed(column, row, BigIntVector.class, "bigint");
    return v.isNull(row) ? null : v.get(row);
  }

  /** INT32. */
  public Integer integer(String column, int row) {
    IntVector v = typed(column, row, IntVector.class, "integer");
    return v.isNull(row) ? null : v.get(row);
  }

  /** DOUBLE. */
  public Double float8(String column, int row) {
    Float8Vector v = typed(column, row, Float8Vector.class, "float8");
    return v.isNull(row) ? null : v.get(row);
  }

  /** BOOLEAN. */
  public Boolean bool(String column, int row) {
    BitVector v = typed(column, row, BitVector.class, "bool");
    return v.isNull(row) ? null : v.get(row) != 0;
  }

  /** DATE. */
  public LocalDate date(String column, int row) {
    DateDayVector v = typed(column, row, DateDayVector.class, "date");
    return v.isNull(row) ? null : LocalDate.ofEpochDay(v.get(row));
  }

  /** INT64 TIMESTAMP(MICROS), adjusted to UTC. */
  public Instant timestamp(String column, int row) {
    TimeStampMicroTZVector v = typed(column, row, TimeStampMicroTZVector.class, "timestamp");
    return v.isNull(row) ? null : Instant.EPOCH.plus(v.get(row), ChronoUnit.MICROS);
  }

  /** The column's Arrow vector, for readers that want it whole; it stays owned by this table. */
  public FieldVector vector(String column) {
    open();
    FieldVector vector = root.getVector(column);
    if (vector == null) {
      throw new WarehouseException("table " + name + " has no column " + column + " (it has " + columnNames() + ")");
    }
    return vector;
  }

  private <V extends FieldVector> V typed(String column, int row, Class<V> type, String accessor) {
    FieldVector vector = vector(column);
    if (!type.isInstance(vector)) {
      MinorType actual = vector.getMinorType();
      String right = ACCESSORS.get(actual);
      throw new WarehouseException("table " + name + " column " + column + " is " + actual + ", not read with "
          + accessor + "()" + (right == null ? "" : "; use " + right + "()"));
    }
    Objects.checkIndex(row, root.getRowCount());
    return type.cast(vector);
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException("table " + name + " is closed");
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      root.close();
      allocator.close();
      onClose.accept(this);
    }
  }

  @Override
  public String toString() {
    return name + (closed ? " (closed)" : " (" + root.getRowCount() + " rows, " + columnNames() + ")");
  }
}
