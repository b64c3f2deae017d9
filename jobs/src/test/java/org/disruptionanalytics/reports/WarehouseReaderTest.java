package org.disruptionanalytics.reports;

import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.SharedSpark;
import org.disruptionanalytics.reports.warehouse.HadoopReportFiles;
import org.disruptionanalytics.reports.warehouse.HadoopWarehouseFiles;
import org.disruptionanalytics.reports.warehouse.Table;
import org.disruptionanalytics.reports.warehouse.TableFile;
import org.disruptionanalytics.reports.warehouse.Warehouse;
import org.disruptionanalytics.reports.warehouse.WarehouseException;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark, an independent writer, writes every type the marts use (partitioned by year and month
 * like clean/disruptions, snappy, several files per folder); the reports module's reader must
 * read back exactly the table Spark itself reads, from a local folder and through Hadoop.
 */
class WarehouseReaderTest {

  private static final String TABLE = "clean/all_types";

  private static final StructType SCHEMA = new StructType()
      .add("name", DataTypes.StringType)
      .add("count", DataTypes.LongType)
      .add("tier", DataTypes.IntegerType)
      .add("share", DataTypes.DoubleType)
      .add("flag", DataTypes.BooleanType)
      .add("event_date", DataTypes.DateType)
      .add("last_updated", DataTypes.TimestampType);

  @TempDir static Path tmp;
  static Path version;
  static Path published;

  @BeforeAll
  static void writeWithSpark() throws Exception {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rows.add(RowFactory.create(
          i % 11 == 0 ? null : i % 13 == 0 ? "" : "région-" + (i % 5) + ", \"q\"",
          i % 7 == 0 ? null : (long) i * 1_000_000_007L - (1L << 40),
          i % 9 == 0 ? null : i - 150,
          i % 8 == 0 ? null : i % 17 == 0 ? Double.NaN : i / 3.0,
          i % 6 == 0 ? null : i % 2 == 0,
          i == 5 ? null : Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i * 3L)),
          i % 10 == 0 ? null : Timestamp.from(Instant.parse("1969-12-31T23:59:59.999999Z").plusSeconds(i * 86_413L)
              .plusNanos(i * 1_001_000L))));
    }
    version = tmp.resolve("out.versions/v1");
    SharedSpark.spark().createDataFrame(rows, SCHEMA)
        .selectExpr("*", "year(event_date) as year", "month(event_date) as month")
        .repartition(3)
        .write()
        .option("compression", "snappy")
        .partitionBy("year", "month")
        .parquet(version.resolve(TABLE).toString());
    // Published warehouses are symlinks to a version folder.
    published = Files.createSymbolicLink(tmp.resolve("out"), version);
  }

  private static Dataset<Row> sparkRead() {
    return SharedSpark.spark().read().parquet(published.resolve(TABLE).toString());
  }

  private static Configuration hadoopConf() {
    return SharedSpark.spark().sparkContext().hadoopConfiguration();
  }

  @Test
  void localFilesReadWhatSparkReads() {
    assertSameTable(WarehouseFiles.local(published));
  }

  @Test
  void hadoopFilesReadWhatSparkReads() {
    assertSameTable(new HadoopWarehouseFiles(new org.apache.hadoop.fs.Path(published.toUri()), hadoopConf()));
  }

  private static void assertSameTable(WarehouseFiles files) {
    Dataset<Row> expected = sparkRead();
    try (Warehouse warehouse = Warehouse.open(files); Table table = warehouse.read(TABLE)) {
      assertEquals(Arrays.asList(expected.columns()), table.columnNames());
      assertEquals(300, table.rowCount());
      assertSameRows(expected, SharedSpark.spark().createDataFrame(rows(table, expected.schema()), expected.schema()));
    }
  }

  /** The reader's table as Spark rows, each value through the accessor its type calls for. */
  private static List<Row> rows(Table table, StructType schema) {
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      Object[] values = new Object[schema.size()];
      for (int c = 0; c < values.length; c++) {
        StructField f = schema.fields()[c];
        String n = f.name();
        values[c] = switch (f.dataType().typeName()) {
          case "string" -> table.string(n, r);
          case "long" -> table.bigint(n, r);
          case "integer" -> table.integer(n, r);
          case "double" -> table.float8(n, r);
          case "boolean" -> table.bool(n, r);
          case "date" -> Optional.ofNullable(table.date(n, r)).map(Date::valueOf).orElse(null);
          case "timestamp" -> Optional.ofNullable(table.timestamp(n, r)).map(Timestamp::from).orElse(null);
          default -> throw new AssertionError("no accessor for " + f);
        };
      }
      rows.add(RowFactory.create(values));
    }
    return rows;
  }

  @Test
  void bothFileSystemsListTheSameFilesAndPartitions() {
    List<TableFile> local = WarehouseFiles.local(published).tableFiles(TABLE);
    List<TableFile> hadoop = new HadoopWarehouseFiles(new org.apache.hadoop.fs.Path(published.toUri()), hadoopConf())
        .tableFiles(TABLE);
    assertEquals(local, hadoop);
    assertTrue(local.size() > 10, "files: " + local.size());
    assertTrue(local.stream().allMatch(f -> f.path().endsWith(".snappy.parquet")), local.toString());
    assertTrue(local.stream().anyMatch(f -> f.partitions().get("year").equals("__HIVE_DEFAULT_PARTITION__")));
  }

  @Test
  void hadoopFilesReadSmallFilesAndNameAMissingTable() throws Exception {
    Files.writeString(version.resolve("_manifest.json"), "{}");
    HadoopWarehouseFiles files = new HadoopWarehouseFiles(new org.apache.hadoop.fs.Path(published.toUri()), hadoopConf());
    assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), files.read("_manifest.json").orElseThrow());
    assertEquals(Optional.empty(), files.read("nothing.json"));
    WarehouseException e = assertThrows(WarehouseException.class, () -> files.tableFiles("marts/nope"));
    assertEquals("table folder not found: marts/nope in " + files.describe(), e.getMessage());
  }

  @Test
  void hadoopReportFilesCreateFoldersAndOverwrite() throws Exception {
    Path out = tmp.resolve("reports");
    HadoopReportFiles reports = new HadoopReportFiles(new org.apache.hadoop.fs.Path(out.toUri()), hadoopConf());
    reports.write("2026-03/summary.md", "one".getBytes(StandardCharsets.UTF_8));
    reports.write("2026-03/summary.md", "two".getBytes(StandardCharsets.UTF_8));
    assertEquals("two", Files.readString(out.resolve("2026-03/summary.md")));
  }
}
