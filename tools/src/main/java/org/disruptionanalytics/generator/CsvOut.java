package org.disruptionanalytics.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8 and keeps count of physical lines, so each record's starting line (the
 * row number the contract's quarantine reports) is known as it is written.
 */
final class CsvOut implements Closeable {
  private final Writer out;
  private final String lineEnd;
  private long nextLine = 1;

  CsvOut(Path file, boolean byteOrderMark, boolean crlf) throws IOException {
    this.out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    this.lineEnd = crlf ? "\r\n" : "\n";
    if (byteOrderMark) {
      out.write('\uFEFF');
    }
  }

  /** Writes one record and returns the line it starts on. */
  long record(List<String> fields, boolean quoteAll) throws IOException {
    StringBuilder b = new StringBuilder(160);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      appendField(b, fields.get(i), quoteAll);
    }
    return raw(b.toString());
  }

  /** Writes text as one record followed by the line end, and returns the line it starts on. */
  long raw(String text) throws IOException {
    long start = nextLine;
    out.write(text);
    out.write(lineEnd);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        nextLine++;
      }
    }
    nextLine++;
    return start;
  }

  /** Quotes a field when it must be (comma, quote, line break) or when asked; null is an empty field. */
  static void appendField(StringBuilder b, String value, boolean quoteAll) {
    String v = value == null ? "" : value;
    boolean quote = quoteAll;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      b.append(v);
      return;
    }
    b.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    b.append('"');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
