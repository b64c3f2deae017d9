package org.disruptionanalytics.generator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes rows to a local Parquet file as a source system's typed export would: the named date columns
 * as DATE, last_updated as TIMESTAMP(MICROS, UTC), everything else as UTF-8 strings, all optional so a
 * missing value is a null. Goes through LocalOutputFile so no Hadoop file system is involved.
 */
final class ParquetOut implements Closeable {
  private static final String TIMESTAMP_COLUMN = "last_updated";
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final String ZSTD_LEVEL_KEY = "parquet.compression.codec.zstd.level";
  private static final String ZSTD_LEVEL = "19";

  private final Path file;
  private final List<String> columns;
  private final Set<String> dateColumns;
  private final SimpleGroupFactory groups;
  private final ParquetWriter<Group> writer;
  private long nextRow = 1;

  ParquetOut(Path file, Dataset dataset) throws IOException {
    this(file, dataset, false);
  }

  /**
   * A file, compressed with Zstandard at a high level when asked (for a large file kept in the
   * repository). Zstandard, not gzip: zstd-jni brings its own native library, so the compressed bytes
   * are the same on every machine, whereas gzip's depend on the zlib build the JVM uses.
   */
  ParquetOut(Path file, Dataset dataset, boolean compressed) throws IOException {
    this.file = file;
    this.columns = dataset.columns;
    this.dateColumns = dataset.dateColumns;
    MessageType schema = schema(dataset.folder, columns, dateColumns);
    this.groups = new SimpleGroupFactory(schema);
    // LocalOutputFile refuses to create over an existing file.
    Files.deleteIfExists(file);
    ExampleParquetWriter.Builder builder = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema);
    if (compressed) {
      builder.withCompressionCodec(CompressionCodecName.ZSTD).config(ZSTD_LEVEL_KEY, ZSTD_LEVEL);
    }
    this.writer = builder.build();
  }

  private static MessageType schema(String name, List<String> columns, Set<String> dateColumns) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (String c : columns) {
      if (dateColumns.contains(c)) {
        b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(c);
      } else if (c.equals(TIMESTAMP_COLUMN)) {
        b.optional(PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS))
            .named(c);
      } else {
        b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
      }
    }
    return b.named(name);
  }

  /** Writes one row and returns its position in the file, counted from 1. */
  long write(Row row) throws IOException {
    Group g = groups.newGroup();
    for (String c : columns) {
      String v = row.text(c);
      if (v == null) {
        continue;
      }
      if (dateColumns.contains(c)) {
        g.add(c, (int) LocalDate.parse(v).toEpochDay());
      } else if (c.equals(TIMESTAMP_COLUMN)) {
        Instant t = OffsetDateTime.parse(v).toInstant();
        g.add(c, t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000);
      } else {
        g.add(c, v);
      }
    }
    writer.write(g);
    return nextRow++;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    sortFooterEncodings(file);
  }

  /**
   * parquet-mr gathers each column chunk's encodings in a HashSet of enum constants, so their order in
   * the footer follows identity hash codes and can change from one JVM to the next. Sorting them (and
   * the page encoding stats) in place makes the file's bytes depend on its rows alone.
   */
  static void sortFooterEncodings(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int tail = bytes.length - 8;
    int footerLength = ByteBuffer.wrap(bytes, tail, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int footerStart = tail - footerLength;
    FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(bytes, footerStart, footerLength));
    for (RowGroup group : meta.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        ColumnMetaData column = chunk.getMeta_data();
        column.getEncodings().sort(Comparator.comparingInt(Encoding::getValue));
        if (column.isSetEncoding_stats()) {
          column.getEncoding_stats().sort(null);
        }
      }
    }
    ByteArrayOutputStream footer = new ByteArrayOutputStream(footerLength);
    Util.writeFileMetaData(meta, footer);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes, 0, footerStart);
      footer.writeTo(out);
      out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.size()).array());
      out.write(MAGIC);
    }
  }
}
