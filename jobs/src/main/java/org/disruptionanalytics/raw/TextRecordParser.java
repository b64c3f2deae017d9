package org.disruptionanalytics.raw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
 * The bytes are UTF-8 unless the mapping names another encoding; a record holding bytes that are
 * not valid in it is malformed, its raw text showing them as U+FFFD.
 */
public final class TextRecordParser {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private TextRecordParser() {}

  /** Rows of a file in the contract's layout; the stream is closed when the iterator is exhausted. */
  public static Rows rows(InputDataset dataset, InputFormat format, String relativePath, InputStream in) {
    return rows(dataset, format, relativePath, null, in);
  }

  /** Rows of the file read through its mapping (null for none). */
  public static Rows rows(
      InputDataset dataset, InputFormat format, String relativePath, SourceMapping mapping, InputStream in) {
    DecodingReader reader = new DecodingReader(in, encoding(mapping));
    RowSource source = switch (format) {
      case CSV -> new CsvSource(dataset, relativePath, mapping, reader);
      case JSON_LINES -> new JsonLinesSource(dataset, relativePath, mapping, reader);
      case PARQUET -> throw new IllegalArgumentException("Parquet is read by Spark, not as text");
    };
    return new Rows(source, reader);
  }

  /** The encoding of the files a mapping (null for none) applies to. */
  static Charset encoding(SourceMapping mapping) {
    return mapping == null || mapping.encoding() == null ? StandardCharsets.UTF_8 : Charset.forName(mapping.encoding());
  }

  /**
   * The header of a CSV file: its column names (an empty list for an empty file), and whether it
   * held bytes not valid in the file's encoding.
   */
  public record CsvHeader(List<String> columns, boolean undecodable) {}

  /** Reads the header of a CSV file, decoded as the mapping (null for none) says. */
  public static CsvHeader csvHeader(InputStream in, SourceMapping mapping) throws IOException {
    DecodingReader reader = new DecodingReader(in, encoding(mapping));
    CsvRecordReader records = new CsvRecordReader(reader);
    CsvRecordReader.CsvRecord header = records.next();
    if (header == null) {
      return new CsvHeader(List.of(), false);
    }
    return new CsvHeader(header.fields().stream().map(ColumnName::of).toList(),
        reader.replacedIn(0, records.offset()));
  }

  /** The records of one file as rows, the way of its format. */
  private interface RowSource {
    /** The next row, or null at the end of the file. */
    Row next() throws IOException;

    /** Records so far that held bytes not valid in the file's encoding. */
    long undecodable();
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
    private final DecodingReader text;
    private final CsvRecordReader records;
    private final List<String> sources;
    private final RecordMapper mapper;
    private int[] contractIndex;
    private int headerWidth;
    private List<String> ignored;
    private long undecodable;

    CsvSource(InputDataset dataset, String file, SourceMapping mapping, DecodingReader text) {
      this.dataset = dataset;
      this.file = file;
      this.text = text;
      this.records = new CsvRecordReader(text);
      this.sources = sources(dataset, mapping);
      this.mapper = mapping == null ? null : new RecordMapper(mapping);
    }

    @Override
    public long undecodable() {
      return undecodable;
    }

    @Override
    public Row next() throws IOException {
      if (contractIndex == null && !readHeader()) {
        return null;
      }
      long start = records.offset();
      CsvRecordReader.CsvRecord record = records.next();
      if (record == null) {
        return null;
      }
      boolean badBytes = text.replacedIn(start, records.offset());
      if (badBytes) {
        undecodable++;
      }
      String[] values = new String[dataset.columns().size()];
      boolean malformed = badBytes || !record.wellFormed() || record.fields().size() != headerWidth;
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
    private final DecodingReader text;
    private final LineReader lines;
    private final RecordMapper mapper;
    /** Per contract column, the top-level key it is read from; null when renamed or constant. */
    private final List<String> direct = new ArrayList<>();
    /** Per contract column, the segments of the path it is renamed from; null when not renamed. */
    private final String[][] paths;
    private final Set<String> fullPaths = new HashSet<>();
    private final Set<String> pathPrefixes = new HashSet<>();
    private long lineNumber;
    private long undecodable;

    JsonLinesSource(InputDataset dataset, String file, SourceMapping mapping, DecodingReader text) {
      this.dataset = dataset;
      this.file = file;
      this.text = text;
      this.lines = new LineReader(text);
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
    public long undecodable() {
      return undecodable;
    }

    @Override
    public Row next() throws IOException {
      String line;
      long start = lines.offset();
      while ((line = lines.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          if (text.replacedIn(start, lines.offset())) {
            undecodable++;
            return row(dataset, file, lineNumber, line, true, null, new String[dataset.columns().size()],
                (List<String>) null);
          }
          return parse(line);
        }
        start = lines.offset();
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

  /** A file's rows, the file closed when the last has been taken. */
  public static final class Rows implements Iterator<Row> {
    private final RowSource source;
    private final DecodingReader reader;
    private Row next;
    private boolean done;

    private Rows(RowSource source, DecodingReader reader) {
      this.source = source;
      this.reader = reader;
    }

    /**
     * Records so far (all of them once the rows are exhausted) that held bytes not valid in the
     * file's encoding: each is a malformed row.
     */
    public long undecodable() {
      return source.undecodable();
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
