package org.disruptionanalytics.raw;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records from a reader, keeping each record's text as read and the line on which
 * it starts. Spark's own CSV reader gives neither, and pads or truncates rows silently.
 */
public final class CsvRecordReader {

  /** One record: its fields, its text as read, the line it starts on, and whether it is well formed. */
  public record CsvRecord(List<String> fields, String rawText, long lineNumber, boolean wellFormed) {}

  private final Reader in;
  /**
   * Characters read ahead: a Reader's read() per character takes a lock each time, which on a
   * large file costs more than the parsing.
   */
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;
  /** Where in the text {@code buffer[0]} stands. */
  private long bufferStart;
  private long line = 1;
  private int pushedBack = -2;
  private boolean first = true;

  public CsvRecordReader(Reader in) {
    this.in = in;
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    int c = buffered();
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        c = buffered();
      }
    }
    return c;
  }

  private int buffered() throws IOException {
    if (position == limit) {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        return -1;
      }
      bufferStart += limit;
      position = 0;
      limit = n;
    }
    return buffer[position++];
  }

  /**
   * Characters of the text read so far (a byte-order mark included): taken before and after
   * {@link #next}, they bound the record it returns, for a reader that knows more about the text.
   */
  public long offset() {
    return bufferStart + position - (pushedBack >= 0 ? 1 : 0);
  }

  /** The next record, or null at the end of input. Empty lines are not records. */
  public CsvRecord next() throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        return null;
      }
      if (c == '\n') {
        line++;
        continue;
      }
      if (c == '\r') {
        int d = read();
        if (d != '\n') {
          pushedBack = d;
        }
        line++;
        continue;
      }
      pushedBack = c;
      return readRecord();
    }
  }

  private CsvRecord readRecord() throws IOException {
    long startLine = line;
    StringBuilder raw = new StringBuilder();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean wellFormed = true;
    boolean inQuotes = false;
    boolean wasQuoted = false;
    boolean afterClosingQuote = false;
    while (true) {
      int c = read();
      if (c == -1) {
        if (inQuotes) {
          wellFormed = false;
        }
        fields.add(field.toString());
        break;
      }
      if (inQuotes) {
        raw.append((char) c);
        if (c == '"') {
          int d = read();
          if (d == '"') {
            raw.append('"');
            field.append('"');
          } else {
            pushedBack = d;
            inQuotes = false;
            afterClosingQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          } else if (c == '\r') {
            int d = read();
            if (d == '\n') {
              raw.append('\n');
              field.append('\r');
              c = '\n';
            } else {
              pushedBack = d;
            }
            line++;
          }
          field.append((char) c);
        }
        continue;
      }
      if (c == ',') {
        raw.append(',');
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        afterClosingQuote = false;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r') {
          int d = read();
          if (d != '\n') {
            pushedBack = d;
          }
        }
        line++;
        fields.add(field.toString());
        break;
      }
      raw.append((char) c);
      if (c == '"' && field.length() == 0 && !wasQuoted) {
        inQuotes = true;
        wasQuoted = true;
        continue;
      }
      if (afterClosingQuote) {
        // Text after a closing quote ("ab"c) is not RFC 4180.
        wellFormed = false;
      }
      field.append((char) c);
    }
    return new CsvRecord(fields, raw.toString(), startLine, wellFormed);
  }
}
