package org.disruptionanalytics.raw;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
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
   * @param undecodable records holding bytes not valid in the file's encoding (malformed rows)
   */
  public record Read(Fingerprint fingerprint, long rows, List<String> ignoredKeys, long undecodable)
      implements Serializable {}

  private record Reported(String uri, Read read) implements Serializable {}

  private final CollectionAccumulator<Reported> reported;

  /** Ready to collect what the parses started by {@link #parse} report. */
  public FileReads(SparkSession spark) {
    reported = spark.sparkContext().collectionAccumulator("input file reads");
  }

  /**
   * The rows of a text file (as {@link TextRecordParser#rows}), which report the file's read when
   * the last has been taken: only a parse read to its end, in a task that succeeds, reports. The
   * fingerprint is of the bytes as stored, the rows those of the text decompressed. A file that
   * cannot be read to its end (a truncated archive) fails the task with an input error naming it.
   */
  Iterator<Row> parse(HadoopSettings hadoop, InputDataset dataset, InputFile file) {
    Fingerprint[] fingerprint = new Fingerprint[1];
    TextRecordParser.Rows rows;
    try {
      InputStream stored = new FingerprintingStream(hadoop.open(file.uri()), f -> fingerprint[0] = f);
      InputStream text = file.compression().open(stored, file.uri(), hadoop.configuration());
      rows = TextRecordParser.rows(dataset, file.format(), file.relativePath(), file.mapping(), text);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    int ignoredAt = dataset.rawSchema().fieldIndex(Columns.IGNORED_COLUMNS);
    return new Iterator<>() {
      private long count;
      private final TreeSet<String> ignored = new TreeSet<>();
      private boolean done;

      @Override
      public boolean hasNext() {
        boolean more;
        try {
          more = rows.hasNext();
        } catch (UncheckedIOException e) {
          throw unreadable(file, e.getCause());
        }
        if (!more && !done) {
          // The parser closed the stream on its last record, which fingerprinted the file.
          done = true;
          reported.add(new Reported(file.uri(),
              new Read(fingerprint[0], count, List.copyOf(ignored), rows.undecodable())));
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

  /** A text file that could not be read to its end: the run stops, with no row of it used. */
  private static PipelineException unreadable(InputFile file, IOException e) {
    return new PipelineException(Kind.INPUT, "cannot read input file " + file.relativePath() + ": "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
  }

  /**
   * What the run warns about, of what the parses found: per file in the given order, the records
   * holding bytes that are not valid in the file's encoding.
   */
  public static List<String> warnings(List<InputFile> files, Map<String, Read> reads) {
    List<String> warnings = new ArrayList<>();
    for (InputFile f : files) {
      long n = reads.get(f.uri()).undecodable();
      if (n > 0) {
        warnings.add(f.relativePath() + ": " + n + (n == 1 ? " record holds" : " records hold")
            + " bytes that are not valid " + f.encoding() + ", quarantined as MALFORMED_ROW"
            + " (raw_record shows each invalid sequence as U+FFFD)");
      }
    }
    return warnings;
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
          return new Tuple2<>(f.uri(), new Read(whole[0], records(hadoop, f.uri()), List.of(), 0));
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
