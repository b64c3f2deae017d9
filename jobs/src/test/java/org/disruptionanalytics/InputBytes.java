package org.disruptionanalytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** The bytes of test input files: text in an encoding with raw bytes among it, and compressed copies. */
public final class InputBytes {
  private InputBytes() {}

  /** Text segments in the charset and integers as raw bytes, joined. */
  public static byte[] of(Charset charset, Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(charset));
      } else {
        out.write((Integer) p);
      }
    }
    return out.toByteArray();
  }

  /** Text segments as UTF-8 and integers as raw bytes, joined. */
  public static byte[] utf8(Object... parts) {
    return of(StandardCharsets.UTF_8, parts);
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** One gzip member, as java.util.zip writes it. */
  public static byte[] gzip(byte[] text) {
    return compressed(text, GZIPOutputStream::new);
  }

  /** One bzip2 stream, as Commons Compress writes it. */
  public static byte[] bzip2(byte[] text) {
    return compressed(text, BZip2CompressorOutputStream::new);
  }

  private interface Compressor {
    OutputStream over(OutputStream out) throws IOException;
  }

  private static byte[] compressed(byte[] text, Compressor compressor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = compressor.over(out)) {
      z.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
