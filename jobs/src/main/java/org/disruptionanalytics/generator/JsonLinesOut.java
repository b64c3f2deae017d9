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
import java.util.List;

/** Writes JSON Lines in UTF-8, one object per line, keys in the given column order, counting lines. */
final class JsonLinesOut implements Closeable {
  private static final JsonFactory JSON = new JsonFactory();

  private final Writer out;
  private long nextLine = 1;

  JsonLinesOut(Path file) throws IOException {
    this.out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  /** Writes the row's columns that are set (null as JSON null) and returns the line number. */
  long object(List<String> columns, Row row) throws IOException {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      for (String c : columns) {
        if (!row.has(c)) {
          continue;
        }
        Object v = row.get(c);
        if (v == null) {
          g.writeNullField(c);
        } else if (v instanceof Long || v instanceof Integer) {
          g.writeNumberField(c, ((Number) v).longValue());
        } else {
          g.writeStringField(c, v.toString());
        }
      }
      g.writeEndObject();
    }
    return raw(text.toString());
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
