package org.disruptionanalytics.raw;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * How a text file is stored: as is, or compressed, told by the last suffix of its name
 * ({@code nca.csv.gz}). A compressed file is read through its decompressor, which must reach the
 * archive's proper end: a corrupt or truncated archive fails the read as a whole, with a message
 * saying so, instead of ending early as if the file were shorter.
 */
public enum Compression {
  NONE("", "") {
    @Override
    InputStream decompressor(InputStream stored, String uri, Configuration conf) {
      return stored;
    }
  },
  /** Through the codec Hadoop's factory chooses for the name, as Spark reads it. */
  GZIP(".gz", "gzip") {
    @Override
    InputStream decompressor(InputStream stored, String uri, Configuration conf) throws IOException {
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(new Path(uri));
      if (codec == null) {
        throw new IOException("no Hadoop codec is configured for " + uri);
      }
      return codec.createInputStream(stored);
    }
  },
  /**
   * Through Commons Compress (on Spark's classpath), not Hadoop's BZip2Codec: that codec reads a
   * file that is not bzip2 at all as empty, and one cut short in its end-of-stream marker as
   * whole. This one gives the same text for a sound file (concatenated streams included) and
   * refuses both.
   */
  BZIP2(".bz2", "bzip2") {
    @Override
    InputStream decompressor(InputStream stored, String uri, Configuration conf) throws IOException {
      return new BZip2CompressorInputStream(stored, true);
    }
  };

  private final String suffix;
  private final String label;

  Compression(String suffix, String label) {
    this.suffix = suffix;
    this.label = label;
  }

  /** The compression a file name ends with; {@link #NONE} when it ends with none of them. */
  public static Compression ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Compression c : values()) {
      if (c != NONE && lower.endsWith(c.suffix)) {
        return c;
      }
    }
    return NONE;
  }

  /** The name without this compression's suffix: what tells the format ({@code nca.csv}). */
  public String stripped(String name) {
    return name.substring(0, name.length() - suffix.length());
  }

  /**
   * The text of a stored file. Closing it closes {@code stored}. A failure of the decompressor
   * (not of {@code stored}) is an {@link IOException} whose message says the archive is corrupt or
   * truncated.
   */
  public InputStream open(InputStream stored, String uri, Configuration conf) throws IOException {
    if (this == NONE) {
      return stored;
    }
    Watched source = new Watched(stored);
    InputStream text;
    try {
      text = decompressor(source, uri, conf);
    } catch (IOException e) {
      throw source.explain(e);
    }
    return new FilterInputStream(text) {
      @Override
      public int read() throws IOException {
        try {
          return in.read();
        } catch (IOException e) {
          throw source.explain(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return in.read(b, off, len);
        } catch (IOException e) {
          throw source.explain(e);
        }
      }
    };
  }

  abstract InputStream decompressor(InputStream stored, String uri, Configuration conf) throws IOException;

  /**
   * The stored bytes' stream, remembering what it threw, so that an error of the storage (passed
   * on through the decompressor) is not mistaken for a broken archive.
   */
  private final class Watched extends FilterInputStream {
    private IOException thrown;

    Watched(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (IOException e) {
        thrown = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        thrown = e;
        throw e;
      }
    }

    IOException explain(IOException e) {
      if (e == thrown) {
        return e;
      }
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new IOException("not a complete " + label + " file (corrupt or truncated: " + detail + ")", e);
    }
  }
}
