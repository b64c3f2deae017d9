package org.disruptionanalytics.reports.warehouse;

import static org.apache.parquet.hadoop.metadata.CompressionCodecName.GZIP;
import static org.apache.parquet.hadoop.metadata.CompressionCodecName.SNAPPY;
import static org.apache.parquet.hadoop.metadata.CompressionCodecName.UNCOMPRESSED;
import static org.apache.parquet.hadoop.metadata.CompressionCodecName.ZSTD;
import static org.disruptionanalytics.reports.warehouse.ParquetFixtures.ALL_TYPES;
import static org.disruptionanalytics.reports.warehouse.ParquetFixtures.row;
import static org.disruptionanalytics.reports.warehouse.ParquetFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.arrow.vector.BigIntVector;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseTest {

  private static final Instant T1 = Instant.parse("2026-03-01T10:15:00.123456Z");
  private static final Instant T2 = Instant.parse("1969-12-31T23:59:59.999999Z");

  @TempDir Path dir;
  private Path root;
  private Warehouse warehouse;

  @BeforeEach
  void setUp() throws IOException {
    root = Files.createDirectories(dir.resolve("versions/v1"));
    warehouse = Warehouse.open(WarehouseFiles.local(root));
  }

  /** Closing the warehouse is the leak check: it fails when a table or a buffer was left open. */
  @AfterEach
  void tearDown() {
    warehouse.close();
  }

  @Test
  void readsEveryTypeAndNullAcrossFilesAndCodecs() throws IOException {
    Path t = root.resolve("marts/all");
    write(t.resolve("part-0.snappy.parquet"), ALL_TYPES, SNAPPY, List.of(
        row(ALL_TYPES, "name", "Ünïcode, \"quoted\"", "count", 1L << 40, "tier", -3, "share", 0.25, "flag", true,
            "day", LocalDate.of(2026, 3, 31), "at", T1),
        row(ALL_TYPES)));
    write(t.resolve("part-1.zstd.parquet"), ALL_TYPES, ZSTD, List.of(
        row(ALL_TYPES, "name", "", "count", Long.MIN_VALUE, "tier", Integer.MAX_VALUE, "share", -0.0, "flag", false,
            "day", LocalDate.of(1900, 1, 1), "at", T2)));
    write(t.resolve("part-2.gz.parquet"), ALL_TYPES, GZIP, List.of(row(ALL_TYPES, "name", "gzip", "share", Double.NaN)));
    write(t.resolve("part-3.parquet"), ALL_TYPES, UNCOMPRESSED, List.of(row(ALL_TYPES, "count", 7L)));
    // Spark's markers, checksums and staging folders are not data.
    Files.writeString(t.resolve("_SUCCESS"), "");
    Files.writeString(t.resolve(".part-0.snappy.parquet.crc"), "not parquet");
    Files.writeString(t.resolve("part-0.snappy.parquet.crc"), "not parquet");
    write(t.resolve("_temporary/0/part-9.parquet"), ALL_TYPES, SNAPPY, List.of(row(ALL_TYPES, "name", "staged")));
    write(t.resolve(".hidden/part-9.parquet"), ALL_TYPES, SNAPPY, List.of(row(ALL_TYPES, "name", "hidden")));

    assertEquals(List.of("marts/all/part-0.snappy.parquet", "marts/all/part-1.zstd.parquet",
            "marts/all/part-2.gz.parquet", "marts/all/part-3.parquet"),
        warehouse.files().tableFiles("marts/all").stream().map(TableFile::path).toList());

    try (Table table = warehouse.read("marts/all")) {
      assertEquals(5, table.rowCount());
      assertEquals(List.of("name", "count", "tier", "share", "flag", "day", "at"), table.columnNames());
      assertRow(table, 0, "Ünïcode, \"quoted\"", 1L << 40, -3, 0.25, true, LocalDate.of(2026, 3, 31), T1);
      assertRow(table, 1, null, null, null, null, null, null, null);
      assertRow(table, 2, "", Long.MIN_VALUE, Integer.MAX_VALUE, -0.0, false, LocalDate.of(1900, 1, 1), T2);
      assertRow(table, 3, "gzip", null, null, Double.NaN, null, null, null);
      assertRow(table, 4, null, 7L, null, null, null, null, null);
      assertTrue(table.vector("count") instanceof BigIntVector);
    }
  }

  private static void assertRow(Table t, int row, String name, Long count, Integer tier, Double share, Boolean flag,
      LocalDate day, Instant at) {
    assertEquals(name, t.string("name", row), "name");
    assertEquals(count, t.bigint("count", row), "count");
    assertEquals(tier, t.integer("tier", row), "tier");
    assertEquals(share, t.float8("share", row), "share");
    assertEquals(flag, t.bool("flag", row), "flag");
    assertEquals(day, t.date("day", row), "day");
    assertEquals(at, t.timestamp("at", row), "at");
  }

  @Test
  void appendsHivePartitionsAsIntColumnsInPathOrder() throws IOException {
    MessageType schema = MessageTypeParser.parseMessageType("message m { required binary id (STRING); }");
    Path t = root.resolve("clean/disruptions");
    write(t.resolve("year=2026/month=3/part-0.parquet"), schema, SNAPPY, List.of(row(schema, "id", "c1"), row(schema, "id", "c2")));
    write(t.resolve("year=2025/month=12/part-0.parquet"), schema, SNAPPY, List.of(row(schema, "id", "a")));
    write(t.resolve("year=2026/month=10/part-0.parquet"), schema, SNAPPY, List.of(row(schema, "id", "b")));
    write(t.resolve("year=2026/month=__HIVE_DEFAULT_PARTITION__/part-0.parquet"), schema, SNAPPY,
        List.of(row(schema, "id", "d")));

    List<TableFile> files = warehouse.files().tableFiles("clean/disruptions");
    assertEquals(Map.of("year", "2025", "month", "12"), files.get(0).partitions());
    assertEquals(List.of("year", "month"), List.copyOf(files.get(0).partitions().keySet()));

    try (Table table = warehouse.read("clean/disruptions")) {
      assertEquals(List.of("id", "year", "month"), table.columnNames());
      List<String> rows = new ArrayList<>();
      for (int r = 0; r < table.rowCount(); r++) {
        rows.add(table.string("id", r) + " " + table.integer("year", r) + "-" + table.integer("month", r));
      }
      assertEquals(List.of("a 2025-12", "b 2026-10", "c1 2026-3", "c2 2026-3", "d 2026-null"), rows);
    }
  }

  @Test
  void partitionValuesThatAreNotNumbersStayText() throws IOException {
    MessageType schema = MessageTypeParser.parseMessageType("message m { required int64 n; }");
    write(root.resolve("t/dataset=disruptions/part-0.parquet"), schema, SNAPPY, List.of(row(schema, "n", 1L)));
    write(root.resolve("t/dataset=2026/part-0.parquet"), schema, SNAPPY, List.of(row(schema, "n", 2L)));
    try (Table table = warehouse.read("t")) {
      assertEquals("2026", table.string("dataset", 0));
      assertEquals("disruptions", table.string("dataset", 1));
    }
  }

  @Test
  void manyRowsAcrossRowGroupsGrowTheVectors() throws IOException {
    List<Group> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(row(ALL_TYPES, "name", "region-" + (i % 7), "count", (long) i, "flag", i % 3 == 0 ? null : i % 2 == 0));
    }
    write(root.resolve("big/part-0.parquet"), ALL_TYPES, SNAPPY, 64 * 1024, rows);
    try (Table table = warehouse.read("big")) {
      assertEquals(20_000, table.rowCount());
      for (int i = 0; i < 20_000; i++) {
        assertEquals("region-" + (i % 7), table.string("name", i));
        assertEquals(i, table.bigint("count", i));
        assertEquals(i % 3 == 0 ? null : i % 2 == 0, table.bool("flag", i));
      }
    }
  }

  @Test
  void anEmptyFileGivesTheSchemaAndNoRows() throws IOException {
    write(root.resolve("marts/empty/part-0.parquet"), ALL_TYPES, SNAPPY, List.of());
    try (Table table = warehouse.read("marts/empty")) {
      assertEquals(0, table.rowCount());
      assertEquals(List.of("name", "count", "tier", "share", "flag", "day", "at"), table.columnNames());
    }
  }

  @Test
  void aFolderWithoutDataFilesGivesNoColumns() throws IOException {
    Files.createDirectories(root.resolve("marts/none"));
    Files.writeString(root.resolve("marts/none/_SUCCESS"), "");
    try (Table table = warehouse.read("marts/none")) {
      assertEquals(0, table.rowCount());
      assertEquals(List.of(), table.columnNames());
      WarehouseException e = assertThrows(WarehouseException.class, () -> table.string("name", 0));
      assertEquals("table marts/none has no column name (it has [])", e.getMessage());
    }
  }

  @Test
  void followsASymlinkedRootAndReadsSmallFiles() throws IOException {
    write(root.resolve("marts/x/part-0.parquet"), ALL_TYPES, SNAPPY, List.of(row(ALL_TYPES, "name", "v1")));
    Files.writeString(root.resolve("_manifest.json"), "{\"run_id\":\"r\"}");
    Path link = Files.createSymbolicLink(dir.resolve("published"), root);

    WarehouseFiles files = WarehouseFiles.local(link);
    assertEquals(link + " (-> " + root.toRealPath() + ")", files.describe());
    assertArrayEquals("{\"run_id\":\"r\"}".getBytes(StandardCharsets.UTF_8), files.read("_manifest.json").orElseThrow());
    assertEquals(Optional.empty(), files.read("missing.json"));
    try (Warehouse linked = Warehouse.open(files); Table table = linked.read("marts/x")) {
      assertEquals("v1", table.string("name", 0));
    }
  }

  @Test
  void aMissingTableIsNamed() throws IOException {
    WarehouseException e = assertThrows(WarehouseException.class, () -> warehouse.read("marts/nope"));
    assertEquals("table folder not found: marts/nope in " + root.toRealPath().toString(), e.getMessage());
  }

  @Test
  void aMissingColumnOrAWrongTypeIsNamed() throws IOException {
    write(root.resolve("marts/x/part-0.parquet"), ALL_TYPES, SNAPPY, List.of(row(ALL_TYPES, "name", "a")));
    try (Table table = warehouse.read("marts/x")) {
      WarehouseException missing = assertThrows(WarehouseException.class, () -> table.bigint("nope", 0));
      assertEquals("table marts/x has no column nope (it has [name, count, tier, share, flag, day, at])",
          missing.getMessage());
      WarehouseException wrong = assertThrows(WarehouseException.class, () -> table.bigint("day", 0));
      assertEquals("table marts/x column day is DATEDAY, not read with bigint(); use date()", wrong.getMessage());
      assertFalse(table.has("nope"));
      assertThrows(IndexOutOfBoundsException.class, () -> table.string("name", 1));
    }
  }

  @Test
  void aCorruptFileIsNamedAndNothingLeaks() throws IOException {
    write(root.resolve("marts/x/part-0.parquet"), ALL_TYPES, SNAPPY, List.of(row(ALL_TYPES, "name", "a")));
    Files.writeString(root.resolve("marts/x/part-1.parquet"), "this is not parquet at all");
    WarehouseException e = assertThrows(WarehouseException.class, () -> warehouse.read("marts/x"));
    assertTrue(e.getMessage().startsWith("cannot read Parquet file marts/x/part-1.parquet of table marts/x in "
        + root.toRealPath() + ": " + root.toRealPath() + "/marts/x/part-1.parquet is not a Parquet file"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void aTruncatedFileIsNamed() throws IOException {
    Path file = root.resolve("marts/x/part-0.parquet");
    write(file, ALL_TYPES, SNAPPY, List.of(row(ALL_TYPES, "name", "a")));
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 12));
    WarehouseException e = assertThrows(WarehouseException.class, () -> warehouse.read("marts/x"));
    assertTrue(e.getMessage().startsWith("cannot read Parquet file marts/x/part-0.parquet of table marts/x in "),
        e.getMessage());
  }

  @Test
  void unsupportedTypesAndDifferingSchemasAreNamed() throws IOException {
    MessageType int96 = MessageTypeParser.parseMessageType("message m { optional int96 last_updated; }");
    write(root.resolve("old/part-0.parquet"), int96, SNAPPY, List.of());
    WarehouseException e = assertThrows(WarehouseException.class, () -> warehouse.read("old"));
    assertEquals("table old column last_updated in old/part-0.parquet has unsupported Parquet type"
        + " 'optional int96 last_updated' (the contract wants timestamps as INT64 TIMESTAMP(MICROS))", e.getMessage());

    MessageType other = MessageTypeParser.parseMessageType("message m { optional int32 count; }");
    write(root.resolve("mixed/a.parquet"), ALL_TYPES, SNAPPY, List.of(row(ALL_TYPES, "name", "a")));
    write(root.resolve("mixed/b.parquet"), other, SNAPPY, List.of(row(other, "count", 1)));
    WarehouseException mixed = assertThrows(WarehouseException.class, () -> warehouse.read("mixed"));
    assertTrue(mixed.getMessage().startsWith("table mixed: file mixed/b.parquet has columns {count=INT} but mixed/a.parquet"),
        mixed.getMessage());
  }

  @Test
  void closingTheWarehouseWithATableOpenFreesItAndSaysSo() throws IOException {
    write(root.resolve("marts/x/part-0.parquet"), ALL_TYPES, SNAPPY, List.of(row(ALL_TYPES, "name", "a")));
    Warehouse other = Warehouse.open(WarehouseFiles.local(root));
    Table table = other.read("marts/x");
    WarehouseException e = assertThrows(WarehouseException.class, other::close);
    assertEquals("tables still open when the warehouse " + root.toRealPath() + " closed: [marts/x]", e.getMessage());
    assertThrows(IllegalStateException.class, table::rowCount);
  }

  @Test
  void pathsStayInsideTheWarehouse() {
    assertThrows(WarehouseException.class, () -> warehouse.read("../outside"));
    assertThrows(WarehouseException.class, () -> warehouse.files().read("/etc/passwd"));
  }

  @Test
  void reportFilesCreateFoldersAndOverwrite() throws IOException {
    Path out = dir.resolve("reports-out");
    ReportFiles reports = ReportFiles.local(out);
    reports.write("2026-03/summary.html", "one".getBytes(StandardCharsets.UTF_8));
    reports.write("2026-03/summary.html", "two".getBytes(StandardCharsets.UTF_8));
    assertEquals("two", Files.readString(out.resolve("2026-03/summary.html")));
    try (Stream<Path> files = Files.list(out.resolve("2026-03"))) {
      assertEquals(List.of(out.resolve("2026-03/summary.html")), files.toList());
    }
    assertEquals(out.toString(), reports.describe());
  }
}
