package org.disruptionanalytics.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Compares two warehouses written by the pipeline, table by table, as multisets of rows: every
 * Parquet table under {@code clean/}, {@code marts/} and {@code quarantine/} of either warehouse
 * (a table is a folder directly under one of them, partitioned or not). Two tables are the same
 * when they have the same columns (names and types, in order; nullability aside) and every row
 * occurs as often in one as in the other. A table found in only one warehouse is a difference.
 * {@code _manifest.json} is not compared (it records when each run started and finished).
 *
 * <p>Usage (through spark-submit, e.g. {@code --master local[1]}):
 * {@code WarehouseComparison <warehouse A> <warehouse B> [--show <rows>]}. Prints one line per
 * table, {@code same} or what differs with the first differing rows of each side (default 5), and
 * exits 0 when every table is the same, 1 when any differs, 2 on bad arguments or a warehouse
 * folder that does not exist.
 */
public final class WarehouseComparison {

  public static final int SAME = 0;
  public static final int DIFFERENT = 1;
  public static final int BAD_ARGUMENTS = 2;

  private static final List<String> AREAS = List.of("clean", "marts", "quarantine");
  private static final int TABLES_AT_ONCE = 4;

  /** What one table comparison found. */
  public enum Status { SAME, DIFFERENT_ROWS, DIFFERENT_COLUMNS, ONLY_IN_A, ONLY_IN_B }

  /**
   * One table's result: row counts (-1 where the table is absent or was not read), and up to
   * {@code show} rows found only in A and only in B.
   */
  public record TableResult(String table, Status status, long rowsA, long rowsB,
      List<Row> onlyInA, List<Row> onlyInB, String detail) {

    public boolean same() {
      return status == Status.SAME;
    }

    String render() {
      StringBuilder s = new StringBuilder(table).append(": ");
      switch (status) {
        case SAME -> s.append("same (").append(rowsA).append(" rows)");
        case ONLY_IN_A -> s.append("DIFFERENT: only in A");
        case ONLY_IN_B -> s.append("DIFFERENT: only in B");
        case DIFFERENT_COLUMNS -> s.append("DIFFERENT columns: ").append(detail);
        case DIFFERENT_ROWS -> {
          s.append("DIFFERENT rows: ").append(rowsA).append(" in A, ").append(rowsB).append(" in B; columns ")
              .append(detail);
          onlyInA.forEach(r -> s.append("\n  only in A: ").append(r));
          onlyInB.forEach(r -> s.append("\n  only in B: ").append(r));
        }
      }
      return s.toString();
    }
  }

  private WarehouseComparison() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("warehouse-comparison").getOrCreate();
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    int status = run(spark, args, System.out, System.err);
    spark.stop();
    System.exit(status);
  }

  /** Runs the command line with the given session and returns its exit status. */
  public static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    int show = 5;
    int at = rest.indexOf("--show");
    if (at >= 0) {
      try {
        show = Integer.parseInt(rest.get(at + 1));
        rest.subList(at, at + 2).clear();
      } catch (IndexOutOfBoundsException | NumberFormatException e) {
        show = 0;
      }
    }
    if (rest.size() != 2 || show < 1) {
      err.println("usage: WarehouseComparison <warehouse A> <warehouse B> [--show <rows, at least 1>]");
      return BAD_ARGUMENTS;
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (String root : rest) {
      if (!isDirectory(new Path(root), conf)) {
        err.println("WarehouseComparison: no warehouse folder " + root);
        return BAD_ARGUMENTS;
      }
    }
    out.println("A: " + rest.get(0));
    out.println("B: " + rest.get(1));
    List<TableResult> results = compare(spark, rest.get(0), rest.get(1), show);
    results.forEach(r -> out.println(r.render()));
    long differing = results.stream().filter(r -> !r.same()).count();
    out.println(differing == 0
        ? "warehouses are the same: " + results.size() + " tables"
        : "warehouses DIFFER: " + differing + " of " + results.size() + " tables");
    return differing == 0 ? SAME : DIFFERENT;
  }

  /** Compares every table of either warehouse, in table-name order. */
  public static List<TableResult> compare(SparkSession spark, String rootA, String rootB, int show) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    SortedSet<String> inA = tables(new Path(rootA), conf);
    SortedSet<String> inB = tables(new Path(rootB), conf);
    SortedSet<String> all = new TreeSet<>(inA);
    all.addAll(inB);
    // Tables are compared a few at a time: each takes several small Spark jobs, mostly waiting.
    ExecutorService pool = Executors.newFixedThreadPool(TABLES_AT_ONCE);
    try {
      List<Future<TableResult>> pending = new ArrayList<>();
      for (String table : all) {
        pending.add(pool.submit(() -> {
          if (!inB.contains(table)) {
            return new TableResult(table, Status.ONLY_IN_A, -1, -1, List.of(), List.of(), "");
          } else if (!inA.contains(table)) {
            return new TableResult(table, Status.ONLY_IN_B, -1, -1, List.of(), List.of(), "");
          }
          return compareTable(table, spark.read().parquet(new Path(rootA, table).toString()),
              spark.read().parquet(new Path(rootB, table).toString()), show);
        }));
      }
      List<TableResult> results = new ArrayList<>();
      for (Future<TableResult> f : pending) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while comparing tables", e);
    } finally {
      pool.shutdownNow();
    }
  }

  static TableResult compareTable(String table, Dataset<Row> a, Dataset<Row> b, int show) {
    String columnsA = columns(a);
    String columnsB = columns(b);
    if (!columnsA.equals(columnsB)) {
      return new TableResult(table, Status.DIFFERENT_COLUMNS, -1, -1, List.of(), List.of(),
          "A " + columnsA + ", B " + columnsB);
    }
    // Each side is read once: counted, then compared both ways from memory.
    Dataset<Row> cachedA = a.cache();
    Dataset<Row> cachedB = b.cache();
    try {
      long rowsA = cachedA.count();
      long rowsB = cachedB.count();
      List<Row> onlyInA = cachedA.exceptAll(cachedB).limit(show).collectAsList();
      List<Row> onlyInB = cachedB.exceptAll(cachedA).limit(show).collectAsList();
      boolean same = rowsA == rowsB && onlyInA.isEmpty() && onlyInB.isEmpty();
      return new TableResult(table, same ? Status.SAME : Status.DIFFERENT_ROWS, rowsA, rowsB,
          onlyInA, onlyInB, columnsA);
    } finally {
      cachedA.unpersist();
      cachedB.unpersist();
    }
  }

  /** The columns as {@code name type, ...}, nullability aside (Parquet does not keep it reliably). */
  private static String columns(Dataset<Row> df) {
    List<String> names = new ArrayList<>();
    for (StructField f : df.schema().fields()) {
      names.add(f.name() + " " + f.dataType().simpleString());
    }
    return "(" + String.join(", ", names) + ")";
  }

  /** {@code area/name} for each folder directly under clean/, marts/ and quarantine/ (hidden ones aside). */
  static SortedSet<String> tables(Path root, Configuration conf) {
    SortedSet<String> tables = new TreeSet<>();
    try {
      FileSystem fs = root.getFileSystem(conf);
      for (String area : AREAS) {
        Path folder = new Path(root, area);
        if (!fs.exists(folder)) {
          continue;
        }
        for (FileStatus status : fs.listStatus(folder)) {
          String name = status.getPath().getName();
          if (status.isDirectory() && !name.startsWith(".") && !name.startsWith("_")) {
            tables.add(area + "/" + name);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the tables of " + root, e);
    }
    return tables;
  }

  private static boolean isDirectory(Path path, Configuration conf) {
    try {
      return path.getFileSystem(conf).getFileStatus(path).isDirectory();
    } catch (IOException e) {
      return false;
    }
  }
}
