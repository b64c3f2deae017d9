package org.disruptionanalytics.reports.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.util.AutoCloseables;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.DummyRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads every file of one table into Arrow vectors, column by column through parquet-java's
 * column readers (no record assembly: the warehouse's tables are flat). Not thread-safe: one
 * reader per read.
 */
final class ParquetTableReader {

  /** Hive's folder name for a null partition value. */
  private static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private static final ParquetReadOptions OPTIONS = ParquetReadOptions.builder(new PlainParquetConfiguration())
      .withCodecFactory(new ParquetCodecs())
      .build();

  private final WarehouseFiles files;
  private final String table;
  private final BufferAllocator allocator;

  /** Column name -> kind, in the first file's order; fixed by the first file. */
  private final Map<String, ColumnKind> kinds = new LinkedHashMap<>();
  private final List<FieldVector> vectors = new ArrayList<>();
  /** Rows per file path, for the partition columns. */
  private final Map<String, Integer> rowsPerFile = new LinkedHashMap<>();
  private String firstFile;
  private int rows;

  ParquetTableReader(WarehouseFiles files, String table, BufferAllocator allocator) {
    this.files = files;
    this.table = table;
    this.allocator = allocator;
  }

  /** The table's rows; on failure every vector allocated so far is released. */
  VectorSchemaRoot read() {
    List<TableFile> tableFiles = files.tableFiles(table);
    try {
      for (TableFile file : tableFiles) {
        readFile(file);
      }
      appendPartitions(tableFiles);
      for (FieldVector vector : vectors) {
        vector.setValueCount(rows);
      }
      return new VectorSchemaRoot(new ArrayList<>(vectors.stream().map(FieldVector::getField).toList()),
          new ArrayList<>(vectors), rows);
    } catch (RuntimeException e) {
      AutoCloseables.closeNoChecked(() -> AutoCloseables.close(vectors));
      throw e;
    }
  }

  private void readFile(TableFile file) {
    try (ParquetFileReader reader = ParquetFileReader.open(files.open(file), OPTIONS)) {
      FileMetaData meta = reader.getFooter().getFileMetaData();
      MessageType schema = meta.getSchema();
      List<ColumnDescriptor> columns = columns(schema, file);
      DummyRecordConverter converter = new DummyRecordConverter(schema);
      int before = rows;
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        int groupRows = Math.toIntExact(pages.getRowCount());
        ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, converter.getRootConverter(), schema,
            meta.getCreatedBy());
        int i = 0;
        for (Map.Entry<String, ColumnKind> kind : kinds.entrySet()) {
          ColumnDescriptor descriptor = columns.get(i);
          copy(store.getColumnReader(descriptor), descriptor.getMaxDefinitionLevel(), groupRows, kind.getValue(),
              vectors.get(i));
          i++;
        }
        rows = Math.addExact(rows, groupRows);
      }
      rowsPerFile.put(file.path(), rows - before);
    } catch (WarehouseException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new WarehouseException("cannot read Parquet file " + file.path() + " of table " + table + " in "
          + files.describe(), e);
    }
  }

  private void copy(ColumnReader column, int maxDefinition, int groupRows, ColumnKind kind, FieldVector vector) {
    for (int r = 0; r < groupRows; r++) {
      if (column.getCurrentDefinitionLevel() == maxDefinition) {
        kind.set(vector, rows + r, column);
      } else {
        vector.setNull(rows + r);
      }
      column.consume();
    }
  }

  /** The file's columns in the table's order; the first file fixes the table's schema. */
  private List<ColumnDescriptor> columns(MessageType schema, TableFile file) {
    Map<String, ColumnKind> fileKinds = new LinkedHashMap<>();
    for (Type field : schema.getFields()) {
      fileKinds.put(field.getName(), kind(field, file));
    }
    if (firstFile == null) {
      firstFile = file.path();
      kinds.putAll(fileKinds);
      for (Map.Entry<String, ColumnKind> kind : kinds.entrySet()) {
        FieldVector vector = new Field(kind.getKey(), FieldType.nullable(kind.getValue().arrowType), null)
            .createVector(allocator);
        vectors.add(vector);
        vector.allocateNew();
      }
    } else if (!fileKinds.equals(kinds)) {
      throw new WarehouseException("table " + table + ": file " + file.path() + " has columns " + fileKinds
          + " but " + firstFile + " has " + kinds);
    }
    List<ColumnDescriptor> columns = new ArrayList<>();
    for (String name : kinds.keySet()) {
      columns.add(schema.getColumnDescription(new String[] {name}));
    }
    return columns;
  }

  private ColumnKind kind(Type field, TableFile file) {
    if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
      throw new WarehouseException("table " + table + " column " + field.getName() + " in " + file.path()
          + " is nested (" + field + "); the warehouse reader reads flat columns only");
    }
    PrimitiveType primitive = field.asPrimitiveType();
    ColumnKind kind = ColumnKind.of(primitive);
    if (kind == null) {
      String hint = primitive.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96
          ? " (the contract wants timestamps as INT64 TIMESTAMP(MICROS))" : "";
      throw new WarehouseException("table " + table + " column " + field.getName() + " in " + file.path()
          + " has unsupported Parquet type '" + primitive + "'" + hint);
    }
    return kind;
  }

  /**
   * Hive partition values (year=2026/month=3) become columns when the files lack them: int when
   * every value is a number (the contract's year and month), text otherwise.
   */
  private void appendPartitions(List<TableFile> tableFiles) {
    Map<String, Boolean> numeric = new LinkedHashMap<>();
    for (TableFile file : tableFiles) {
      for (Map.Entry<String, String> p : file.partitions().entrySet()) {
        if (!kinds.containsKey(p.getKey())) {
          numeric.merge(p.getKey(), isInt(p.getValue()), Boolean::logicalAnd);
        }
      }
    }
    for (Map.Entry<String, Boolean> partition : numeric.entrySet()) {
      ArrowType type = partition.getValue() ? new ArrowType.Int(32, true) : ArrowType.Utf8.INSTANCE;
      FieldVector vector = new Field(partition.getKey(), FieldType.nullable(type), null).createVector(allocator);
      vectors.add(vector);
      vector.allocateNew();
      fillPartition(vector, partition.getKey(), tableFiles);
    }
  }

  private void fillPartition(FieldVector vector, String key, List<TableFile> tableFiles) {
    int row = 0;
    for (TableFile file : tableFiles) {
      String value = file.partitions().get(key);
      int fileRows = rowsPerFile.get(file.path());
      for (int r = row; r < row + fileRows; r++) {
        if (value == null || value.equals(NULL_PARTITION)) {
          vector.setNull(r);
        } else if (vector instanceof IntVector ints) {
          ints.setSafe(r, Integer.parseInt(value));
        } else {
          ((VarCharVector) vector).setSafe(r, value.getBytes(StandardCharsets.UTF_8));
        }
      }
      row += fileRows;
    }
  }

  private static boolean isInt(String value) {
    if (value.equals(NULL_PARTITION)) {
      return true;
    }
    try {
      Integer.parseInt(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
