package org.disruptionanalytics.raw;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.disruptionanalytics.raw.FileReads.Fingerprint;

/**
 * A file's bytes as they are read, counted and hashed on the way, so that the parse that reads a
 * file also fingerprints it. Closing reads what the reader left (a parser may stop before the end,
 * and readers buffer ahead) and hands over the fingerprint of the whole file, once.
 */
final class FingerprintingStream extends FilterInputStream {

  private final MessageDigest sha;
  private final Consumer<Fingerprint> done;
  private long bytes;
  private boolean closed;

  FingerprintingStream(InputStream in, Consumer<Fingerprint> done) {
    super(in);
    this.done = done;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      sha.update((byte) b);
      bytes++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      sha.update(buffer, offset, n);
      bytes += n;
    }
    return n;
  }

  /** Skipped bytes are read all the same: the fingerprint covers every byte. */
  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(n, 1 << 16)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int limit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (InputStream underlying = in) {
      byte[] buffer = new byte[1 << 16];
      while (read(buffer, 0, buffer.length) >= 0) {
        // Read to the end: the bytes left count too.
      }
    }
    done.accept(new Fingerprint(bytes, HexFormat.of().formatHex(sha.digest())));
  }
}
