package org.disruptionanalytics.raw;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/** Size and SHA-256 of every input file, computed by the executors that can read them. */
public final class FileFingerprints {

  /** What the manifest records of one file's bytes. */
  public record Fingerprint(long bytes, String sha256) implements java.io.Serializable {}

  private FileFingerprints() {}

  /** Fingerprints keyed by {@link InputFile#uri()}. */
  public static Map<String, Fingerprint> of(SparkSession spark, List<InputFile> files) {
    if (files.isEmpty()) {
      return Map.of();
    }
    HadoopSettings hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Tuple2<String, Fingerprint>> computed = sc.parallelize(files, files.size())
        .mapToPair(f -> {
          MessageDigest sha = MessageDigest.getInstance("SHA-256");
          long bytes = 0;
          byte[] buffer = new byte[1 << 16];
          try (InputStream in = hadoop.open(f.uri())) {
            int n;
            while ((n = in.read(buffer)) > 0) {
              sha.update(buffer, 0, n);
              bytes += n;
            }
          }
          return new Tuple2<>(f.uri(), new Fingerprint(bytes, HexFormat.of().formatHex(sha.digest())));
        })
        .collect();
    Map<String, Fingerprint> byUri = new HashMap<>();
    computed.forEach(t -> byUri.put(t._1(), t._2()));
    return byUri;
  }
}
