package org.disruptionanalytics.raw;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, split as {@link java.io.BufferedReader#readLine} splits them (at LF, CR or
 * CRLF, the terminator left out), with the place in the text where the next line starts.
 */
final class LineReader {

  private final Reader in;
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;
  private long offset;
  /** A CR ended the last line: an LF right after it belongs to that line. */
  private boolean afterCr;

  LineReader(Reader in) {
    this.in = in;
  }

  /**
   * Characters of the text read so far: where the next line starts, except that the LF of a line
   * ended by CRLF is read (and counted) with the next line, as it is not known before then.
   */
  long offset() {
    return offset;
  }

  /** The next line, or null at the end of the text. */
  String readLine() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (position == limit && !fill()) {
        return line == null ? null : line.toString();
      }
      if (afterCr) {
        afterCr = false;
        if (buffer[position] == '\n') {
          position++;
          offset++;
          continue;
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      offset += position - start;
      boolean ended = position < limit;
      String piece = null;
      if (ended && line == null) {
        // The common case, a line within the buffer, is copied once.
        piece = new String(buffer, start, position - start);
      } else {
        line = line == null ? new StringBuilder() : line;
        line.append(buffer, start, position - start);
      }
      if (ended) {
        afterCr = buffer[position] == '\r';
        position++;
        offset++;
        return piece != null ? piece : line.toString();
      }
    }
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }
}
