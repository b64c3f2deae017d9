package org.disruptionanalytics.reports.warehouse;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * The codecs the warehouse and the published data use (SNAPPY, ZSTD, GZIP, UNCOMPRESSED), straight
 * from snappy-java, zstd-jni and java.util.zip. parquet-java's own CodecFactory goes through
 * Hadoop's codec classes and a Hadoop Configuration, which this module does not carry.
 */
public final class ParquetCodecs implements CompressionCodecFactory {

  /** zstd's default level, as parquet-java uses. */
  private static final int ZSTD_LEVEL = 3;

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    Codec c = codec(codec);
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        return BytesInput.from(c.compress(bytes.toByteArray()));
      }

      @Override
      public CompressionCodecName getCodecName() {
        return codec;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    Codec c = codec(codec);
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
        return BytesInput.from(c.decompress(bytes.toByteArray(), decompressedSize));
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
          throws IOException {
        byte[] compressed = new byte[compressedSize];
        input.get(compressed);
        output.put(c.decompress(compressed, decompressedSize));
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}

  private interface Codec {
    byte[] compress(byte[] data) throws IOException;

    byte[] decompress(byte[] data, int decompressedSize) throws IOException;
  }

  private static Codec codec(CompressionCodecName name) {
    return switch (name) {
      case UNCOMPRESSED -> new Codec() {
        public byte[] compress(byte[] data) {
          return data;
        }

        public byte[] decompress(byte[] data, int size) {
          return data;
        }
      };
      case SNAPPY -> new Codec() {
        public byte[] compress(byte[] data) throws IOException {
          return Snappy.compress(data);
        }

        public byte[] decompress(byte[] data, int size) throws IOException {
          byte[] out = new byte[size];
          Snappy.uncompress(data, 0, data.length, out, 0);
          return out;
        }
      };
      case ZSTD -> new Codec() {
        public byte[] compress(byte[] data) {
          return Zstd.compress(data, ZSTD_LEVEL);
        }

        public byte[] decompress(byte[] data, int size) {
          return Zstd.decompress(data, size);
        }
      };
      case GZIP -> new Codec() {
        public byte[] compress(byte[] data) throws IOException {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
          }
          return out.toByteArray();
        }

        public byte[] decompress(byte[] data, int size) throws IOException {
          try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readNBytes(size);
          }
        }
      };
      default -> throw new WarehouseException("Parquet compression " + name
          + " is not supported (SNAPPY, ZSTD, GZIP and UNCOMPRESSED are)");
    };
  }
}
