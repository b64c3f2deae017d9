package org.disruptionanalytics.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines split as BufferedReader splits them, each ending where the text says. */
class LineReaderTest {

  @Test
  void linesAndOffsetsByHand() throws IOException {
    LineReader lines = new LineReader(new StringReader("ab\r\n\ncd\re"));
    List<Object> seen = new ArrayList<>();
    for (String l = lines.readLine(); l != null; l = lines.readLine()) {
      seen.add(l);
      seen.add(lines.offset());
    }
    // The LF of a CRLF is read with the next line.
    assertEquals(List.of("ab", 3L, "", 5L, "cd", 8L, "e", 9L), seen);
    assertEquals(null, new LineReader(new StringReader("")).readLine());
  }

  @Test
  void theSameLinesAsBufferedReaderAcrossBufferBoundaries() throws IOException {
    Random random = new Random(7);
    char[] alphabet = {'a', '\u00e9', '\n', '\r', ' '};
    for (int round = 0; round < 40; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(round < 20 ? 40 : 60_000);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      List<String> expected = new BufferedReader(new StringReader(text.toString())).lines().toList();
      LineReader lines = new LineReader(new StringReader(text.toString()));
      List<String> actual = new ArrayList<>();
      for (String l = lines.readLine(); l != null; l = lines.readLine()) {
        actual.add(l);
      }
      assertEquals(expected, actual, "round " + round);
      assertEquals(text.length(), lines.offset(), "round " + round + ": every character is read");
    }
  }
}
