package org.disruptionanalytics.reports.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * Reads warehouse tables (CONTRACT.md section 4) into Arrow memory with parquet-java alone: no
 * Spark, no Hadoop Configuration for local files. Owns the Arrow allocator; each Table has a child
 * allocator, so closing the warehouse with a table still open is reported as the leak it is.
 */
public final class Warehouse implements AutoCloseable {

  private final WarehouseFiles files;
  private final BufferAllocator allocator = new RootAllocator();
  private final Set<Table> openTables = new LinkedHashSet<>();

  private Warehouse(WarehouseFiles files) {
    this.files = files;
  }

  public static Warehouse open(WarehouseFiles files) {
    return new Warehouse(files);
  }

  public WarehouseFiles files() {
    return files;
  }

  /**
   * Every file of the table, read into one Table; Hive partition values appended as int columns
   * (year, month) when not in the file. A table with zero rows (an empty file) gives a Table with
   * its schema and 0 rows; a table folder with no data file at all gives one with no columns.
   */
  public Table read(String table) {
    BufferAllocator child = allocator.newChildAllocator(table, 0, Long.MAX_VALUE);
    try {
      Table read = new Table(table, new ParquetTableReader(files, table, child).read(), child, this::closed);
      synchronized (openTables) {
        openTables.add(read);
      }
      return read;
    } catch (RuntimeException e) {
      child.close();
      throw e;
    }
  }

  private void closed(Table table) {
    synchronized (openTables) {
      openTables.remove(table);
    }
  }

  /** Frees every table still open, then fails naming them: a caller forgot to close them. */
  @Override
  public void close() {
    List<Table> leaked;
    synchronized (openTables) {
      leaked = new ArrayList<>(openTables);
    }
    leaked.forEach(Table::close);
    allocator.close();
    if (!leaked.isEmpty()) {
      throw new WarehouseException("tables still open when the warehouse " + files.describe() + " closed: "
          + leaked.stream().map(Table::name).toList());
    }
  }
}
