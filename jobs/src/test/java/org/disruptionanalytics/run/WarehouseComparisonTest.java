package org.disruptionanalytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.SharedSpark;
import org.disruptionanalytics.run.WarehouseComparison.Status;
import org.disruptionanalytics.run.WarehouseComparison.TableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two small warehouses of three tables each: marts/counts (with a repeated row, so that only a
 * comparison of multisets sees the change below), clean/disruptions (partitioned by year, as the
 * pipeline writes it) and quarantine/disruptions.
 */
class WarehouseComparisonTest {

  private static final StructType COUNTS = new StructType()
      .add("threat_area", DataTypes.StringType).add("disruptions", DataTypes.LongType);
  private static final StructType DISRUPTIONS = new StructType()
      .add("disruption_id", DataTypes.StringType).add("year", DataTypes.IntegerType);
  private static final StructType QUARANTINE = new StructType()
      .add("row_number", DataTypes.LongType).add("reason_codes", DataTypes.StringType);

  private static final List<Row> COUNT_ROWS = List.of(
      RowFactory.create("OIC", 1L), RowFactory.create("OIC", 1L), RowFactory.create("DRUGS", 2L));

  @TempDir Path tmp;

  @Test
  void equalWarehousesAreTheSameWhateverTheRowOrderAndFiles() {
    Path a = standardWarehouse("a");
    Path b = tmp.resolve("b");
    write(b, "marts/counts", COUNTS, List.of(
        RowFactory.create("DRUGS", 2L), RowFactory.create("OIC", 1L), RowFactory.create("OIC", 1L)), 3);
    write(b, "clean/disruptions", DISRUPTIONS, List.of(
        RowFactory.create("NCA:D2", 2025), RowFactory.create("NCA:D1", 2026)), 2);
    write(b, "quarantine/disruptions", QUARANTINE, List.of(RowFactory.create(7L, "BAD_DATE")), 1);

    assertEquals(List.of(
            new TableResult("clean/disruptions", Status.SAME, 2, 2, List.of(), List.of(),
                "(disruption_id string, year int)"),
            new TableResult("marts/counts", Status.SAME, 3, 3, List.of(), List.of(),
                "(threat_area string, disruptions bigint)"),
            new TableResult("quarantine/disruptions", Status.SAME, 1, 1, List.of(), List.of(),
                "(row_number bigint, reason_codes string)")),
        WarehouseComparison.compare(SharedSpark.spark(), a.toString(), b.toString(), 5));
    assertEquals(List.of(0, "warehouses are the same: 3 tables"), runCommand(a.toString(), b.toString()));
  }

  @Test
  void aChangedRowIsShownFromBothSides() {
    Path a = standardWarehouse("a");
    Path b = standardWarehouse("b");
    // Same row count and same distinct rows as A: one of the two (OIC, 1) became a second (DRUGS, 2).
    write(b, "marts/counts", COUNTS, List.of(
        RowFactory.create("OIC", 1L), RowFactory.create("DRUGS", 2L), RowFactory.create("DRUGS", 2L)), 1);

    List<TableResult> results = WarehouseComparison.compare(SharedSpark.spark(), a.toString(), b.toString(), 5);
    assertEquals(new TableResult("marts/counts", Status.DIFFERENT_ROWS, 3, 3,
            List.of(RowFactory.create("OIC", 1L)), List.of(RowFactory.create("DRUGS", 2L)),
            "(threat_area string, disruptions bigint)"),
        results.get(1));
    assertEquals(List.of(Status.SAME, Status.DIFFERENT_ROWS, Status.SAME),
        results.stream().map(TableResult::status).toList());
    assertEquals(List.of(1, "warehouses DIFFER: 1 of 3 tables"), runCommand(a.toString(), b.toString()));
  }

  @Test
  void aTableInOnlyOneWarehouseIsADifference() {
    Path a = standardWarehouse("a");
    Path b = tmp.resolve("b");
    write(b, "marts/counts", COUNTS, COUNT_ROWS, 1);
    write(b, "clean/disruptions", DISRUPTIONS, List.of(
        RowFactory.create("NCA:D1", 2026), RowFactory.create("NCA:D2", 2025)), 1);
    write(b, "marts/extra", COUNTS, COUNT_ROWS, 1);

    assertEquals(List.of(
            "clean/disruptions: same (2 rows)",
            "marts/counts: same (3 rows)",
            "marts/extra: DIFFERENT: only in B",
            "quarantine/disruptions: DIFFERENT: only in A"),
        WarehouseComparison.compare(SharedSpark.spark(), a.toString(), b.toString(), 5).stream()
            .map(TableResult::render).toList());
    assertEquals(List.of(1, "warehouses DIFFER: 2 of 4 tables"), runCommand(a.toString(), b.toString()));
  }

  @Test
  void aColumnOfAnotherTypeIsADifference() {
    Path a = standardWarehouse("a");
    Path b = standardWarehouse("b");
    StructType intCounts = new StructType()
        .add("threat_area", DataTypes.StringType).add("disruptions", DataTypes.IntegerType);
    write(b, "marts/counts", intCounts, List.of(
        RowFactory.create("OIC", 1), RowFactory.create("OIC", 1), RowFactory.create("DRUGS", 2)), 1);

    assertEquals("marts/counts: DIFFERENT columns: A (threat_area string, disruptions bigint), "
            + "B (threat_area string, disruptions int)",
        WarehouseComparison.compare(SharedSpark.spark(), a.toString(), b.toString(), 5).get(1).render());
  }

  @Test
  void aMissingWarehouseFolderIsABadArgument() {
    Path a = standardWarehouse("a");
    assertEquals(WarehouseComparison.BAD_ARGUMENTS, WarehouseComparison.run(SharedSpark.spark(),
        new String[] {a.toString(), tmp.resolve("nowhere").toString()}, quiet(), quiet()));
    assertEquals(WarehouseComparison.BAD_ARGUMENTS, WarehouseComparison.run(SharedSpark.spark(),
        new String[] {a.toString()}, quiet(), quiet()));
  }

  private Path standardWarehouse(String name) {
    Path root = tmp.resolve(name);
    write(root, "marts/counts", COUNTS, COUNT_ROWS, 1);
    write(root, "clean/disruptions", DISRUPTIONS, List.of(
        RowFactory.create("NCA:D1", 2026), RowFactory.create("NCA:D2", 2025)), 1);
    write(root, "quarantine/disruptions", QUARANTINE, List.of(RowFactory.create(7L, "BAD_DATE")), 1);
    return root;
  }

  /** Writes a table in {@code files} Parquet files; clean/disruptions partitioned by year. */
  private static void write(Path root, String table, StructType schema, List<Row> rows, int files) {
    var writer = SharedSpark.spark().createDataFrame(rows, schema).repartition(files).write().mode("overwrite");
    if (table.equals("clean/disruptions")) {
      writer = writer.partitionBy("year");
    }
    writer.parquet(root.resolve(table).toString());
  }

  /** The command's exit status and the last line it printed. */
  private static List<Object> runCommand(String a, String b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = WarehouseComparison.run(SharedSpark.spark(), new String[] {a, b},
        new PrintStream(out, true, StandardCharsets.UTF_8), quiet());
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    return List.of(status, lines.get(lines.size() - 1));
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
