package org.disruptionanalytics.generator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes JSON Lines in UTF-8, one object per line, keys in the given column order, counting lines. */
final class JsonLinesOut implements Closeable {
  private static final JsonFactory JSON = new JsonFactory();

  private final Writer out;
  private long nextLine = 1;

  JsonLinesOut(Path file) throws IOException {
    this.out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Writes the row's columns that are set (null as JSON null) and returns the line number. A dotted
   * column ({@code event.date}) is written nested ({@code "event":{"date":...}}), objects in the
   * order their first column comes.
   */
  long object(List<String> columns, Row row) throws IOException {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (String c : columns) {
      if (!row.has(c)) {
        continue;
      }
      Map<String, Object> parent = tree;
      String[] path = c.split("\\.");
      for (int i = 0; i < path.length - 1; i++) {
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) parent.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
        parent = child;
      }
      parent.put(path[path.length - 1], row.get(c));
    }
    StringWriter text = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(text)) {
      writeObject(g, tree);
    }
    return raw(text.toString());
  }

  private static void writeObject(JsonGenerator g, Map<String, Object> fields) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      Object v = f.getValue();
      if (v instanceof Map<?, ?> nested) {
        g.writeFieldName(f.getKey());
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) nested;
        writeObject(g, object);
      } else if (v == null) {
        g.writeNullField(f.getKey());
      } else if (v instanceof Long || v instanceof Integer) {
        g.writeNumberField(f.getKey(), ((Number) v).longValue());
      } else {
        g.writeStringField(f.getKey(), v.toString());
      }
    }
    g.writeEndObject();
  }

  /** Writes a line verbatim (which must hold no line break) and returns its number. */
  long raw(String line) throws IOException {
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a JSON Lines line cannot hold a line break: " + line);
    }
    out.write(line);
    out.write('\n');
    return nextLine++;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
