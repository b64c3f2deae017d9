package org.disruptionanalytics.raw;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.disruptionanalytics.contract.Columns;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import scala.Tuple2;

/**
 * What reading each input file found: its size and SHA-256, its records, and (JSON Lines) the keys
 * no column is read from. A text file reports them from its parse, which reads its bytes once; a
 * Parquet file, which Spark reads itself, is hashed on its own and its records are its footer's.
 * So the manifest's rows read are counted where the rows are made, independently of the outcomes
 * they are reconciled with, and without a pass of their own.
 */
public final class FileReads implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the manifest records of one file's bytes. */
  public record Fingerprint(long bytes, String sha256) implements Serializable {}

  /**
   * @param ignoredKeys sorted; what a JSON Lines parse saw (a CSV file's ignored columns are its
   *     header's, known from the listing)
   */
  public record Read(Fingerprint fingerprint, long rows, List<String> ignoredKeys) implements Serializable {}

  private record Reported(String uri, Read read) implements Serializable {}

  private final CollectionAccumulator<Reported> reported;

  /** Ready to collect what the parses started by {@link #parse} report. */
  public FileReads(SparkSession spark) {
    reported = spark.sparkContext().collectionAccumulator("input file reads");
  }

  /**
   * The rows of a text file (as {@link TextRecordParser#rows}), which report the file's read when
   * the last has been taken: only a parse read to its end, in a task that succeeds, reports.
   */
  Iterator<Row> parse(HadoopSettings hadoop, InputDataset dataset, InputFile file) throws IOException {
    Fingerprint[] fingerprint = new Fingerprint[1];
    InputStream in = new FingerprintingStream(hadoop.open(file.uri()), f -> fingerprint[0] = f);
    Iterator<Row> rows = TextRecordParser.rows(dataset, file.format(), file.relativePath(), file.mapping(), in);
    int ignoredAt = dataset.rawSchema().fieldIndex(Columns.IGNORED_COLUMNS);
    return new Iterator<>() {
      private long count;
      private final TreeSet<String> ignored = new TreeSet<>();
      private boolean done;

      @Override
      public boolean hasNext() {
        boolean more = rows.hasNext();
        if (!more && !done) {
          // The parser closed the stream on its last record, which fingerprinted the file.
          done = true;
          reported.add(new Reported(file.uri(), new Read(fingerprint[0], count, List.copyOf(ignored))));
        }
        return more;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = rows.next();
        count++;
        if (!r.isNullAt(ignoredAt)) {
          ignored.addAll(r.getList(ignoredAt));
        }
        return r;
      }
    };
  }

  /**
   * Reads keyed by {@link InputFile#uri()}: those of the text files, from their parses (which must
   * have run: a file never parsed to its end is an error), and those of the Parquet files, hashed
   * and their footers read now.
   */
  public Map<String, Read> of(SparkSession spark, List<InputFile> files) {
    Map<String, Read> byUri = new HashMap<>();
    for (Reported p : reported.value()) {
      // A task run again (a retry, a recomputed partition) reports the same file again, alike.
      Read before = byUri.put(p.uri(), p.read());
      if (before != null && !before.equals(p.read())) {
        throw new IllegalStateException("input file " + p.uri() + " changed while it was read");
      }
    }
    List<InputFile> parquet = files.stream().filter(f -> f.format() == InputFormat.PARQUET).toList();
    byUri.putAll(parquet(spark, parquet));
    for (InputFile f : files) {
      if (!byUri.containsKey(f.uri())) {
        throw new IllegalStateException("input file " + f.uri() + " was not read to its end");
      }
    }
    return byUri;
  }

  /** Parquet files read whole for their fingerprints, and their footers for their records. */
  private static Map<String, Read> parquet(SparkSession spark, List<InputFile> files) {
    if (files.isEmpty()) {
      return Map.of();
    }
    HadoopSettings hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Tuple2<String, Read>> computed = sc.parallelize(files, files.size())
        .mapToPair(f -> {
          Fingerprint[] whole = new Fingerprint[1];
          new FingerprintingStream(hadoop.open(f.uri()), fp -> whole[0] = fp).close();
          return new Tuple2<>(f.uri(), new Read(whole[0], records(hadoop, f.uri()), List.of()));
        })
        .collect();
    Map<String, Read> byUri = new HashMap<>();
    computed.forEach(t -> byUri.put(t._1(), t._2()));
    return byUri;
  }

  private static long records(HadoopSettings hadoop, String uri) {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(uri),
        hadoop.configuration()))) {
      return reader.getRecordCount();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the footer of " + uri + ": " + e.getMessage(), e);
    }
  }
}
