package org.disruptionanalytics.reports.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Small Parquet files written with parquet-java itself, for the reader's tests. */
final class ParquetFixtures {

  /** Every type the marts use, all nullable. */
  static final MessageType ALL_TYPES = MessageTypeParser.parseMessageType("""
      message all_types {
        optional binary name (STRING);
        optional int64 count;
        optional int32 tier;
        optional double share;
        optional boolean flag;
        optional int32 day (DATE);
        optional int64 at (TIMESTAMP(MICROS,true));
      }""");

  private ParquetFixtures() {}

  static void write(Path file, MessageType schema, CompressionCodecName codec, List<Group> rows) throws IOException {
    write(file, schema, codec, ParquetWriter.DEFAULT_BLOCK_SIZE, rows);
  }

  static void write(Path file, MessageType schema, CompressionCodecName codec, int rowGroupSize, List<Group> rows)
      throws IOException {
    Files.createDirectories(file.getParent());
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
        .withConf(new PlainParquetConfiguration())
        .withType(schema)
        .withCodecFactory(new ParquetCodecs())
        .withCompressionCodec(codec)
        .withRowGroupSize(rowGroupSize)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build()) {
      for (Group row : rows) {
        writer.write(row);
      }
    }
  }

  /** A row from name/value pairs; a null value (or a column not named) is a null. */
  static Group row(MessageType schema, Object... namesAndValues) {
    Group group = new SimpleGroupFactory(schema).newGroup();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      Object value = namesAndValues[i + 1];
      if (value instanceof String s) {
        group.append(name, s);
      } else if (value instanceof Long l) {
        group.append(name, l);
      } else if (value instanceof Integer n) {
        group.append(name, n);
      } else if (value instanceof Double d) {
        group.append(name, d);
      } else if (value instanceof Boolean b) {
        group.append(name, b);
      } else if (value instanceof LocalDate d) {
        group.append(name, (int) d.toEpochDay());
      } else if (value instanceof Instant t) {
        group.append(name, ChronoUnit.MICROS.between(Instant.EPOCH, t));
      } else if (value != null) {
        throw new IllegalArgumentException("no Parquet value for " + value.getClass());
      }
    }
    return group;
  }
}
