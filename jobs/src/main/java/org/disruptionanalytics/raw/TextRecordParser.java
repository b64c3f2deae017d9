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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.disruptionanalytics.dataset.ColumnName;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.mapping.MappedRecord;
import org.disruptionanalytics.mapping.RecordMapper;
import org.disruptionanalytics.mapping.SourceMapping;

/**
 * Turns the bytes of one CSV or JSON Lines file into raw rows (schema {@link
 * InputDataset#rawSchema()}), streaming, so a file of any size needs little memory. A file with a
 * source mapping has its columns found through the mapping and each record mapped as it is read.
 */
public final class TextRecordParser {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private TextRecordParser() {}

  /** Rows of a file in the contract's layout; the stream is closed when the iterator is exhausted. */
  public static Iterator<Row> rows(
      InputDataset dataset, InputFormat format, String relativePath, InputStream in) {
    return rows(dataset, format, relativePath, null, in);
  }

  /** Rows of the file read through its mapping (null for none). */
  public static Iterator<Row> rows(
      InputDataset dataset, InputFormat format, String relativePath, SourceMapping mapping, InputStream in) {
    Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    RowSource source = switch (format) {
      case CSV -> new CsvSource(dataset, relativePath, mapping, reader);
      case JSON_LINES -> new JsonLinesSource(dataset, relativePath, mapping, reader);
      case PARQUET -> throw new IllegalArgumentException("Parquet is read by Spark, not as text");
    };
    return new ClosingIterator(source, reader);
  }

  /** Reads the header of a CSV file: its column names, or an empty list for an empty file. */
  public static List<String> csvHeader(InputStream in) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    CsvRecordReader.CsvRecord header = new CsvRecordReader(reader).next();
    if (header == null) {
      return List.of();
    }
    return header.fields().stream().map(ColumnName::of).toList();
  }

  private interface RowSource {
    /** The next row, or null at the end of the file. */
    Row next() throws IOException;
  }

  /** The raw row of a record: its values mapped first when the file has a mapping. */
  private static Row row(
      InputDataset dataset, String file, long rowNumber, String raw, boolean malformed,
      List<String> ignored, String[] values, RecordMapper mapper) {
    if (mapper == null || malformed) {
      return row(dataset, file, rowNumber, raw, malformed, ignored, values, (List<String>) null);
    }
    MappedRecord mapped = mapper.map(values);
    return row(dataset, file, rowNumber, raw, false, ignored, mapped.values(), mapped.reasons());
  }

  private static Row row(
      InputDataset dataset, String file, long rowNumber, String raw, boolean malformed,
      List<String> ignored, String[] values, List<String> mappingReasons) {
    Object[] cells = new Object[7 + values.length];
    cells[0] = dataset.folder();
    cells[1] = file;
    cells[2] = rowNumber;
    cells[3] = raw;
    cells[4] = malformed;
    // Spark's row encoder takes Scala sequences, not Java lists.
    cells[5] = ignored == null || ignored.isEmpty() ? null
        : scala.jdk.javaapi.CollectionConverters.asScala(ignored).toList();
    System.arraycopy(values, 0, cells, 6, values.length);
    cells[cells.length - 1] = mappingReasons == null || mappingReasons.isEmpty() ? null
        : scala.jdk.javaapi.CollectionConverters.asScala(mappingReasons).toList();
    return RowFactory.create(cells);
  }

  /**
   * Per contract column, the name it is read under (trimmed, lower case; a dotted path in JSON
   * Lines); null when the mapping makes it a constant.
   */
  private static List<String> sources(InputDataset dataset, SourceMapping mapping) {
    List<String> sources = new ArrayList<>();
    for (String c : dataset.columns()) {
      sources.add(mapping == null ? c : mapping.sourceOf(c));
    }
    return sources;
  }

  private static final class CsvSource implements RowSource {
    private final InputDataset dataset;
    private final String file;
    private final CsvRecordReader records;
    private final List<String> sources;
    private final RecordMapper mapper;
    private int[] contractIndex;
    private int headerWidth;
    private List<String> ignored;

    CsvSource(InputDataset dataset, String file, SourceMapping mapping, Reader reader) {
      this.dataset = dataset;
      this.file = file;
      this.records = new CsvRecordReader(reader);
      this.sources = sources(dataset, mapping);
      this.mapper = mapping == null ? null : new RecordMapper(mapping);
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
      return row(dataset, file, record.lineNumber(), record.rawText(), malformed, ignored, values, mapper);
    }

    private boolean readHeader() throws IOException {
      CsvRecordReader.CsvRecord header = records.next();
      if (header == null) {
        return false;
      }
      List<String> names = header.fields().stream().map(ColumnName::of).toList();
      headerWidth = names.size();
      contractIndex = new int[dataset.columns().size()];
      for (int i = 0; i < contractIndex.length; i++) {
        contractIndex[i] = sources.get(i) == null ? -1 : names.indexOf(sources.get(i));
      }
      ignored = names.stream().filter(n -> !sources.contains(n)).toList();
      return true;
    }
  }

  private static final class JsonLinesSource implements RowSource {
    /** What a path gives when it runs into a value that is not an object before its end. */
    private static final JsonNode BROKEN_PATH = JSON.getNodeFactory().arrayNode();

    private final InputDataset dataset;
    private final String file;
    private final BufferedReader lines;
    private final RecordMapper mapper;
    /** Per contract column, the top-level key it is read from; null when renamed or constant. */
    private final List<String> direct = new ArrayList<>();
    /** Per contract column, the segments of the path it is renamed from; null when not renamed. */
    private final String[][] paths;
    private final Set<String> fullPaths = new HashSet<>();
    private final Set<String> pathPrefixes = new HashSet<>();
    private long lineNumber;

    JsonLinesSource(InputDataset dataset, String file, SourceMapping mapping, Reader reader) {
      this.dataset = dataset;
      this.file = file;
      this.lines = new BufferedReader(reader);
      this.mapper = mapping == null ? null : new RecordMapper(mapping);
      List<String> sources = sources(dataset, mapping);
      paths = new String[sources.size()][];
      for (int i = 0; i < sources.size(); i++) {
        String c = dataset.columns().get(i);
        boolean renamed = mapping != null && mapping.columns().containsKey(c);
        direct.add(renamed ? null : sources.get(i));
        if (renamed) {
          paths[i] = sources.get(i).split("\\.", -1);
          fullPaths.add(sources.get(i));
          for (int dot = sources.get(i).indexOf('.'); dot >= 0; dot = sources.get(i).indexOf('.', dot + 1)) {
            pathPrefixes.add(sources.get(i).substring(0, dot));
          }
        }
      }
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
        return row(dataset, file, lineNumber, line, true, null, values, (List<String>) null);
      }
      List<String> ignored = new ArrayList<>();
      boolean malformed = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String name = ColumnName.of(field.getKey());
        int at = direct.indexOf(name);
        if (at < 0) {
          unused(field.getKey(), name, field.getValue(), ignored);
          continue;
        }
        malformed |= put(values, at, field.getValue());
      }
      for (int i = 0; i < paths.length; i++) {
        if (paths[i] != null) {
          malformed |= put(values, i, at(node, paths[i]));
        }
      }
      if (malformed) {
        values = new String[dataset.columns().size()];
      }
      return row(dataset, file, lineNumber, line, malformed, ignored, values, mapper);
    }

    /** Sets a value from its node; true when the node cannot stand for one text value. */
    private static boolean put(String[] values, int at, JsonNode value) {
      if (value == null) {
        return false;
      }
      if (value.isContainerNode()) {
        // An object or array cannot stand for one text value.
        return true;
      }
      if (!value.isNull()) {
        values[at] = value.isTextual() ? value.textValue() : value.toString();
      }
      return false;
    }

    /**
     * The node a mapped path reaches, keys matched ignoring case: null when a key on the way is
     * absent or null (a missing value), {@link #BROKEN_PATH} when the path meets a value that is
     * not an object before its end.
     */
    private static JsonNode at(JsonNode node, String[] path) {
      JsonNode current = node;
      for (String key : path) {
        if (!current.isObject()) {
          return BROKEN_PATH;
        }
        JsonNode next = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = current.fields(); it.hasNext() && next == null; ) {
          Map.Entry<String, JsonNode> field = it.next();
          if (ColumnName.of(field.getKey()).equals(key)) {
            next = field.getValue();
          }
        }
        if (next == null || next.isNull()) {
          return null;
        }
        current = next;
      }
      return current;
    }

    /** Adds to {@code ignored} the keys (dotted below the top level) that no column is read from. */
    private void unused(String shown, String folded, JsonNode value, List<String> ignored) {
      if (fullPaths.contains(folded)) {
        return;
      }
      if (pathPrefixes.contains(folded)) {
        // A key on a mapped path is read, even when its value is not the object the path needs.
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          unused(shown + "." + field.getKey(), folded + "." + ColumnName.of(field.getKey()), field.getValue(), ignored);
        }
        return;
      }
      ignored.add(shown);
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
