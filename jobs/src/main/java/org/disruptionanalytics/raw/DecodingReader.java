package org.disruptionanalytics.raw;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;

/**
 * A file's text in its encoding, with each byte sequence that is not valid in it shown as U+FFFD
 * (as Java's readers show it) and its place remembered, counted in characters from the start of
 * the text. So a parser can tell, exactly, the records that held bytes of another encoding from
 * those that hold a U+FFFD character of their own.
 */
final class DecodingReader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final CharBuffer chars = CharBuffer.allocate(1 << 14).flip();
  /** Characters handed out so far: the place in the text of {@code chars}' next character. */
  private long handedOut;
  /** Where replacements stand, in text order, from the earliest not yet asked about. */
  private final ArrayDeque<Long> replaced = new ArrayDeque<>();
  private boolean endOfBytes;
  private boolean flushed;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Whether any character from {@code from} (inclusive) to {@code to} (exclusive) replaces bytes
   * not valid in the encoding. Asked in text order: what lies before {@code to} is then forgotten.
   */
  boolean replacedIn(long from, long to) {
    boolean found = false;
    while (!replaced.isEmpty() && replaced.peekFirst() < to) {
      found |= replaced.pollFirst() >= from;
    }
    return found;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    handedOut += n;
    return n;
  }

  /** Decodes more characters; false at the end of the text. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0 && !flushed) {
      CoderResult result = decoder.decode(bytes, chars, endOfBytes);
      if (result.isError()) {
        if (!chars.hasRemaining()) {
          // Reported again, with room for its replacement, by the next fill.
          break;
        }
        replaced.addLast(handedOut + chars.position());
        chars.put('\uFFFD');
        bytes.position(bytes.position() + result.length());
      } else if (result.isUnderflow()) {
        if (endOfBytes) {
          decoder.flush(chars);
          flushed = true;
        } else {
          readBytes();
        }
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int n;
    do {
      n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    } while (n == 0);
    if (n < 0) {
      endOfBytes = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
