package org.disruptionanalytics.raw;

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
import org.apache.spark.sql.SparkSession;
import org.disruptionanalytics.SharedSpark;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.raw.FileFingerprints.Fingerprint;
import org.junit.jupiter.api.Test;

/** Fingerprints taken while parsing are those of the whole file, as a plain digest gives them. */
class FileFingerprintsTest {

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
  void everyBundledFileIsFingerprintedByItsParseOrOnItsOwn() throws Exception {
    SparkSession spark = SharedSpark.spark();
    InputFiles.Listing listing = InputFiles.list(Path.of("..", "data", "sample").toString(),
        spark.sparkContext().hadoopConfiguration(), List.of());
    assertTrue(listing.files().stream().anyMatch(f -> f.format() == InputFormat.PARQUET));
    FileFingerprints fingerprints = new FileFingerprints(spark);
    for (InputDataset d : InputDataset.values()) {
      RawRecords.rows(spark, d, listing.of(d), fingerprints).count();
    }
    Map<String, Fingerprint> byUri = fingerprints.of(spark, listing.files());
    assertEquals(listing.files().size(), byUri.size());
    for (InputFile f : listing.files()) {
      assertEquals(plain(Files.readAllBytes(Path.of(java.net.URI.create(f.uri())))), byUri.get(f.uri()), f.uri());
    }
  }

  @Test
  void aTextFileNeverParsedIsAnError() throws IOException {
    SparkSession spark = SharedSpark.spark();
    InputFiles.Listing listing = InputFiles.list(Path.of("..", "data", "sample").toString(),
        spark.sparkContext().hadoopConfiguration(), List.of());
    assertThrows(IllegalStateException.class, () -> new FileFingerprints(spark).of(spark, listing.files()));
  }
}
