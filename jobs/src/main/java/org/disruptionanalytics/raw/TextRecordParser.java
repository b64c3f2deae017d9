package org.disruptionanalytics.raw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns the bytes of one CSV or JSON Lines file into raw rows (schema {@link
 * InputDataset#rawSchema()}), streaming, so a file of any size needs little memory.
 */
public final class TextRecordParser {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private TextRecordParser() {}

  /** Rows of the file; the stream is closed when the iterator is exhausted. */
  public static Iterator<Row> rows(
      InputDataset dataset, InputFormat format, String relativePath, InputStream in) {
    Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    RowSource source = switch (format) {
      case CSV -> new CsvSource(dataset, relativePath, reader);
      case JSON_LINES -> new JsonLinesSource(dataset, relativePath, reader);
      case PARQUET -> throw new IllegalArgumentException("Parquet is read by Spark, not as text");
    };
    return new ClosingIterator(source, reader);
  }

  /** Header names as the contract spells columns: trimmed, lower case, no byte-order mark. */
  public static String columnName(String header) {
    return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }

  /** Reads the header of a CSV file: its column names, or an empty list for an empty file. */
  public static List<String> csvHeader(InputStream in) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    CsvRecordReader.CsvRecord header = new CsvRecordReader(reader).next();
    if (header == null) {
      return List.of();
    }
    return header.fields().stream().map(TextRecordParser::columnName).toList();
  }

  private interface RowSource {
    /** The next row, or null at the end of the file. */
    Row next() throws IOException;
  }

  private static Row row(
      InputDataset dataset, String file, long rowNumber, String raw, boolean malformed,
      List<String> ignored, String[] values) {
    Object[] cells = new Object[6 + values.length];
    cells[0] = dataset.folder();
    cells[1] = file;
    cells[2] = rowNumber;
    cells[3] = raw;
    cells[4] = malformed;
    // Spark's row encoder takes Scala sequences, not Java lists.
    cells[5] = ignored == null || ignored.isEmpty() ? null
        : scala.jdk.javaapi.CollectionConverters.asScala(ignored).toList();
    System.arraycopy(values, 0, cells, 6, values.length);
    return RowFactory.create(cells);
  }

  private static final class CsvSource implements RowSource {
    private final InputDataset dataset;
    private final String file;
    private final CsvRecordReader records;
    private int[] contractIndex;
    private int headerWidth;
    private List<String> ignored;

    CsvSource(InputDataset dataset, String file, Reader reader) {
      this.dataset = dataset;
      this.file = file;
      this.records = new CsvRecordReader(reader);
    }

    @Override
    public Row next() throws IOException {
      if (contractIndex == null && !readHeader()) {
        return null;
      }
      CsvRecordReader.CsvRecord record = records.next();
      if (record == null) {
        return null;
      }
      String[] values = new String[dataset.columns().size()];
      boolean malformed = !record.wellFormed() || record.fields().size() != headerWidth;
      if (!malformed) {
        for (int i = 0; i < values.length; i++) {
          int at = contractIndex[i];
          values[i] = at < 0 ? null : record.fields().get(at);
        }
      }
      return row(dataset, file, record.lineNumber(), record.rawText(), malformed, ignored, values);
    }

    private boolean readHeader() throws IOException {
      CsvRecordReader.CsvRecord header = records.next();
      if (header == null) {
        return false;
      }
      List<String> names = header.fields().stream().map(TextRecordParser::columnName).toList();
      headerWidth = names.size();
      contractIndex = new int[dataset.columns().size()];
      for (int i = 0; i < contractIndex.length; i++) {
        contractIndex[i] = names.indexOf(dataset.columns().get(i));
      }
      ignored = names.stream().filter(n -> !dataset.columns().contains(n)).toList();
      return true;
    }
  }

  private static final class JsonLinesSource implements RowSource {
    private final InputDataset dataset;
    private final String file;
    private final BufferedReader lines;
    private long lineNumber;

    JsonLinesSource(InputDataset dataset, String file, Reader reader) {
      this.dataset = dataset;
      this.file = file;
      this.lines = new BufferedReader(reader);
    }

    @Override
    public Row next() throws IOException {
      String line;
      while ((line = lines.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          return parse(line);
        }
      }
      return null;
    }

    private Row parse(String line) {
      String[] values = new String[dataset.columns().size()];
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        node = null;
      }
      if (node == null || !node.isObject()) {
        return row(dataset, file, lineNumber, line, true, null, values);
      }
      List<String> ignored = new ArrayList<>();
      boolean malformed = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        int at = dataset.columns().indexOf(columnName(field.getKey()));
        if (at < 0) {
          ignored.add(field.getKey());
          continue;
        }
        JsonNode value = field.getValue();
        if (value.isContainerNode()) {
          // An object or array cannot stand for one text value.
          malformed = true;
        } else if (!value.isNull()) {
          values[at] = value.isTextual() ? value.textValue() : value.toString();
        }
      }
      if (malformed) {
        values = new String[dataset.columns().size()];
      }
      return row(dataset, file, lineNumber, line, malformed, ignored, values);
    }
  }

  private static final class ClosingIterator implements Iterator<Row> {
    private final RowSource source;
    private final Reader reader;
    private Row next;
    private boolean done;

    ClosingIterator(RowSource source, Reader reader) {
      this.source = source;
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = source.next();
          if (next == null) {
            done = true;
            reader.close();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }
  }
}
