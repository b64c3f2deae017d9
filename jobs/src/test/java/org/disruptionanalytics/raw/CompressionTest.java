package org.disruptionanalytics.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.disruptionanalytics.InputBytes.bzip2;
import static org.disruptionanalytics.InputBytes.concat;
import static org.disruptionanalytics.InputBytes.gzip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** Compressed files give their whole text, or fail as a whole: never a shorter text. */
class CompressionTest {

  private static final byte[] TEXT = "ocg_ref_a,ocg_ref_b\nPND:1,SOC:1\nPND:2,SOC:2\n".getBytes(StandardCharsets.UTF_8);

  private static byte[] read(Compression c, InputStream stored) throws IOException {
    try (InputStream in = c.open(stored, "file:/in/disruptions/x.csv" + (c == Compression.GZIP ? ".gz" : ".bz2"),
        new Configuration(false))) {
      return in.readAllBytes();
    }
  }

  @Test
  void theLastSuffixTellsTheCompressionAndTheRestTheFormat() {
    assertEquals(Compression.GZIP, Compression.ofFileName("nca.CSV.GZ"));
    assertEquals("nca.CSV", Compression.GZIP.stripped("nca.CSV.GZ"));
    assertEquals(Compression.BZIP2, Compression.ofFileName("bf.jsonl.bz2"));
    assertEquals("bf.jsonl", Compression.BZIP2.stripped("bf.jsonl.bz2"));
    assertEquals(Compression.NONE, Compression.ofFileName("nca.csv"));
    assertEquals("nca.csv", Compression.NONE.stripped("nca.csv"));
    assertEquals(Compression.NONE, Compression.ofFileName("nca.csv.zip"));
  }

  @Test
  void aSoundFileGivesItsWholeTextConcatenatedMembersIncluded() throws IOException {
    byte[] half = Arrays.copyOf(TEXT, 20);
    byte[] rest = Arrays.copyOfRange(TEXT, 20, TEXT.length);
    assertArrayEquals(TEXT, read(Compression.GZIP, new ByteArrayInputStream(gzip(TEXT))));
    assertArrayEquals(TEXT, read(Compression.GZIP, new ByteArrayInputStream(concat(gzip(half), gzip(rest)))));
    assertArrayEquals(TEXT, read(Compression.BZIP2, new ByteArrayInputStream(bzip2(TEXT))));
    assertArrayEquals(TEXT, read(Compression.BZIP2, new ByteArrayInputStream(concat(bzip2(half), bzip2(rest)))));
  }

  /** Every prefix of a sound archive, the empty one included, and an archive with bytes after its end. */
  @Test
  void everyTruncationAndTrailingGarbageIsAnErrorSayingSo() {
    for (Compression c : new Compression[] {Compression.GZIP, Compression.BZIP2}) {
      byte[] whole = c == Compression.GZIP ? gzip(TEXT) : bzip2(TEXT);
      String label = c == Compression.GZIP ? "gzip" : "bzip2";
      for (int cut = 0; cut < whole.length; cut++) {
        byte[] prefix = Arrays.copyOf(whole, cut);
        IOException e = assertThrows(IOException.class, () -> read(c, new ByteArrayInputStream(prefix)),
            c + " cut to " + cut + " of " + whole.length + " bytes");
        assertTrue(e.getMessage().startsWith("not a complete " + label + " file (corrupt or truncated: "), e.getMessage());
      }
      byte[] trailing = concat(whole, "x,y\n".getBytes(StandardCharsets.UTF_8));
      IOException e = assertThrows(IOException.class, () -> read(c, new ByteArrayInputStream(trailing)), c.name());
      assertTrue(e.getMessage().startsWith("not a complete " + label + " file"), e.getMessage());
      IOException plain = assertThrows(IOException.class, () -> read(c, new ByteArrayInputStream(TEXT)), c.name());
      assertTrue(plain.getMessage().startsWith("not a complete " + label + " file"), plain.getMessage());
    }
  }

  @Test
  void aFailureOfTheStorageIsPassedOnAsItIs() {
    IOException gone = new IOException("connection reset");
    for (Compression c : new Compression[] {Compression.GZIP, Compression.BZIP2}) {
      byte[] whole = c == Compression.GZIP ? gzip(TEXT) : bzip2(TEXT);
      InputStream failing = new InputStream() {
        private int at;

        @Override
        public int read() throws IOException {
          if (at == whole.length / 2) {
            throw gone;
          }
          return whole[at++] & 0xFF;
        }
      };
      assertSame(gone, assertThrows(IOException.class, () -> read(c, failing)), c.name());
    }
  }
}
