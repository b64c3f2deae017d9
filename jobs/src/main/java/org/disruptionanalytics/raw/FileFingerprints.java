package org.disruptionanalytics.raw;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.disruptionanalytics.dataset.InputFormat;
import scala.Tuple2;

/**
 * Size and SHA-256 of every input file, computed by the executors that can read them: a text file
 * as it is parsed (the bytes are read once), a Parquet file, which Spark reads itself, on its own.
 */
public final class FileFingerprints implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the manifest records of one file's bytes. */
  public record Fingerprint(long bytes, String sha256) implements Serializable {}

  /** A text file's fingerprint as its parse reports it. */
  private record Parsed(String uri, Fingerprint fingerprint) implements Serializable {}

  private final CollectionAccumulator<Parsed> parsed;

  /** Ready to collect the fingerprints of the text files that parses open through {@link #open}. */
  public FileFingerprints(SparkSession spark) {
    parsed = spark.sparkContext().collectionAccumulator("input file fingerprints");
  }

  /**
   * Opens a text file for its parse: its fingerprint is recorded when the stream is closed, after
   * the whole file has been read. Only a task that succeeds reports it to the driver.
   */
  InputStream open(HadoopSettings hadoop, InputFile file) throws IOException {
    return new FingerprintingStream(hadoop.open(file.uri()), f -> parsed.add(new Parsed(file.uri(), f)));
  }

  /**
   * Fingerprints keyed by {@link InputFile#uri()}: those of the text files, from their parses (which
   * must have run: a file never parsed to its end is an error), and those of the Parquet files,
   * hashed now.
   */
  public Map<String, Fingerprint> of(SparkSession spark, List<InputFile> files) {
    Map<String, Fingerprint> byUri = new HashMap<>();
    for (Parsed p : parsed.value()) {
      // A task run again (a retry, a recomputed partition) reports the same file again, alike.
      Fingerprint before = byUri.put(p.uri(), p.fingerprint());
      if (before != null && !before.equals(p.fingerprint())) {
        throw new IllegalStateException("input file " + p.uri() + " changed while it was read");
      }
    }
    List<InputFile> parquet = files.stream().filter(f -> f.format() == InputFormat.PARQUET).toList();
    byUri.putAll(hashed(spark, parquet));
    for (InputFile f : files) {
      if (!byUri.containsKey(f.uri())) {
        throw new IllegalStateException("input file " + f.uri() + " was not read to its end");
      }
    }
    return byUri;
  }

  /** Files read whole for their fingerprints alone. */
  private static Map<String, Fingerprint> hashed(SparkSession spark, List<InputFile> files) {
    if (files.isEmpty()) {
      return Map.of();
    }
    HadoopSettings hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Tuple2<String, Fingerprint>> computed = sc.parallelize(files, files.size())
        .mapToPair(f -> {
          Fingerprint[] whole = new Fingerprint[1];
          new FingerprintingStream(hadoop.open(f.uri()), fp -> whole[0] = fp).close();
          return new Tuple2<>(f.uri(), whole[0]);
        })
        .collect();
    Map<String, Fingerprint> byUri = new HashMap<>();
    computed.forEach(t -> byUri.put(t._1(), t._2()));
    return byUri;
  }
}
