package org.disruptionanalytics.reports.warehouse;

import java.nio.ByteBuffer;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/** The Parquet column types the warehouse uses, each with its Arrow vector type. */
enum ColumnKind {
  VARCHAR(ArrowType.Utf8.INSTANCE) {
    @Override
    void set(FieldVector vector, int row, ColumnReader column) {
      ByteBuffer bytes = column.getBinary().toByteBuffer();
      ((VarCharVector) vector).setSafe(row, bytes, bytes.position(), bytes.remaining());
    }
  },
  BIGINT(new ArrowType.Int(64, true)) {
    @Override
    void set(FieldVector vector, int row, ColumnReader column) {
      ((BigIntVector) vector).setSafe(row, column.getLong());
    }
  },
  INT(new ArrowType.Int(32, true)) {
    @Override
    void set(FieldVector vector, int row, ColumnReader column) {
      ((IntVector) vector).setSafe(row, column.getInteger());
    }
  },
  FLOAT8(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)) {
    @Override
    void set(FieldVector vector, int row, ColumnReader column) {
      ((Float8Vector) vector).setSafe(row, column.getDouble());
    }
  },
  BIT(ArrowType.Bool.INSTANCE) {
    @Override
    void set(FieldVector vector, int row, ColumnReader column) {
      ((BitVector) vector).setSafe(row, column.getBoolean() ? 1 : 0);
    }
  },
  DATEDAY(new ArrowType.Date(DateUnit.DAY)) {
    @Override
    void set(FieldVector vector, int row, ColumnReader column) {
      ((DateDayVector) vector).setSafe(row, column.getInteger());
    }
  },
  TIMESTAMPMICROTZ(new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC")) {
    @Override
    void set(FieldVector vector, int row, ColumnReader column) {
      ((TimeStampMicroTZVector) vector).setSafe(row, column.getLong());
    }
  };

  final ArrowType arrowType;

  ColumnKind(ArrowType arrowType) {
    this.arrowType = arrowType;
  }

  /** Copies the reader's current (non-null) value into the vector. */
  abstract void set(FieldVector vector, int row, ColumnReader column);

  /** The kind of a Parquet column, or null when the warehouse has no use for such a type. */
  static ColumnKind of(PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    return switch (type.getPrimitiveTypeName()) {
      case BINARY -> logical instanceof StringLogicalTypeAnnotation
          || logical instanceof EnumLogicalTypeAnnotation
          || logical instanceof JsonLogicalTypeAnnotation ? VARCHAR : null;
      case INT64 -> {
        if (logical == null || logical instanceof IntLogicalTypeAnnotation i && i.isSigned()) {
          yield BIGINT;
        }
        yield logical instanceof TimestampLogicalTypeAnnotation t && t.isAdjustedToUTC()
            && t.getUnit() == LogicalTypeAnnotation.TimeUnit.MICROS ? TIMESTAMPMICROTZ : null;
      }
      // Spark writes byte and short as INT32 with INT(8) or INT(16): they widen to int.
      case INT32 -> {
        if (logical == null || logical instanceof IntLogicalTypeAnnotation i && i.isSigned()) {
          yield INT;
        }
        yield logical instanceof DateLogicalTypeAnnotation ? DATEDAY : null;
      }
      case DOUBLE -> logical == null ? FLOAT8 : null;
      case BOOLEAN -> logical == null ? BIT : null;
      default -> null;
    };
  }
}
