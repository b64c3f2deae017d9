package org.disruptionanalytics.raw;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disruptionanalytics.contract.Columns;
import org.disruptionanalytics.SharedSpark;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.raw.FileReads.Fingerprint;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints taken while parsing are those of the whole file, as a plain digest gives them; rows
 * and ignored keys counted while parsing are those Spark counts over the rows.
 */
class FileReadsTest {

  private static Fingerprint plain(byte[] bytes) throws Exception {
    return new Fingerprint(bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
  }

  @Test
  void aStreamClosedBeforeItsEndStillFingerprintsTheWholeFile() throws Exception {
    byte[] bytes = "a,b\n1,2\n3,4\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    Fingerprint[] seen = new Fingerprint[2];
    InputStream in = new FingerprintingStream(new ByteArrayInputStream(bytes), f -> seen[seen[0] == null ? 0 : 1] = f);
    in.read();
    in.read(new byte[100], 10, 50);
    in.skip(1000);
    in.close();
    in.close();
    assertEquals(plain(bytes), seen[0]);
    assertEquals(null, seen[1], "closing twice reports once");
  }

  @Test
  void everyBundledFileIsFingerprintedAndCountedByItsParseOrOnItsOwn() throws Exception {
    SparkSession spark = SharedSpark.spark();
    InputFiles.Listing listing = InputFiles.list(Path.of("..", "data", "sample").toString(),
        spark.sparkContext().hadoopConfiguration(), List.of());
    assertTrue(listing.files().stream().anyMatch(f -> f.format() == InputFormat.PARQUET));
    FileReads reads = new FileReads(spark);
    Map<String, Long> rowsBySpark = new TreeMap<>();
    Map<String, TreeSet<String>> ignoredBySpark = new TreeMap<>();
    for (InputDataset d : InputDataset.values()) {
      Dataset<Row> rows = spark.createDataFrame(RawRecords.rows(spark, d, listing.of(d), reads), d.rawSchema())
          .localCheckpoint();
      for (Row r : rows.groupBy(Columns.SOURCE_FILE).count().collectAsList()) {
        rowsBySpark.put(r.getString(0), r.getLong(1));
      }
      for (Row r : rows.select(col(Columns.SOURCE_FILE), explode(col(Columns.IGNORED_COLUMNS))).collectAsList()) {
        ignoredBySpark.computeIfAbsent(r.getString(0), f -> new TreeSet<>()).add(r.getString(1));
      }
    }
    Map<String, FileReads.Read> byUri = reads.of(spark, listing.files());
    assertEquals(listing.files().size(), byUri.size());
    long jsonKeys = 0;
    for (InputFile f : listing.files()) {
      FileReads.Read read = byUri.get(f.uri());
      assertEquals(plain(Files.readAllBytes(Path.of(java.net.URI.create(f.uri())))), read.fingerprint(), f.uri());
      assertEquals(rowsBySpark.getOrDefault(f.relativePath(), 0L), read.rows(), f.uri());
      if (f.format() == InputFormat.JSON_LINES) {
        assertEquals(List.copyOf(ignoredBySpark.getOrDefault(f.relativePath(), new TreeSet<>())), read.ignoredKeys(),
            f.uri());
        jsonKeys += read.ignoredKeys().size();
      }
    }
    assertTrue(jsonKeys > 0, "the sample's JSON Lines files name keys no column reads");
    assertEquals(1748, byUri.values().stream().mapToLong(FileReads.Read::rows).sum(), "the sample's rows, all files");
  }

  @Test
  void aTextFileNeverParsedIsAnError() throws IOException {
    SparkSession spark = SharedSpark.spark();
    InputFiles.Listing listing = InputFiles.list(Path.of("..", "data", "sample").toString(),
        spark.sparkContext().hadoopConfiguration(), List.of());
    assertThrows(IllegalStateException.class, () -> new FileReads(spark).of(spark, listing.files()));
  }
}
