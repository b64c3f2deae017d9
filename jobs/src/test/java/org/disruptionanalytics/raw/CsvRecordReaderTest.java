package org.disruptionanalytics.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static List<CsvRecordReader.CsvRecord> read(String text) throws IOException {
    CsvRecordReader reader = new CsvRecordReader(new StringReader(text));
    List<CsvRecordReader.CsvRecord> out = new ArrayList<>();
    for (CsvRecordReader.CsvRecord r = reader.next(); r != null; r = reader.next()) {
      out.add(r);
    }
    return out;
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
    List<CsvRecordReader.CsvRecord> records = read(
        "a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,p,q\n");
    assertEquals(4, records.size());
    assertEquals(List.of("1", "x, y", "say \"hi\""), records.get(1).fields());
    assertEquals("1,\"x, y\",\"say \"\"hi\"\"\"", records.get(1).rawText());
    assertEquals(List.of("2", "two\nlines", "z"), records.get(2).fields());
    assertEquals("2,\"two\nlines\",z", records.get(2).rawText());
    // Line numbers are where each record starts: the quoted line break moves the next one down.
    assertEquals(List.of(1L, 2L, 3L, 5L), records.stream().map(CsvRecordReader.CsvRecord::lineNumber).toList());
    assertTrue(records.stream().allMatch(CsvRecordReader.CsvRecord::wellFormed));
  }

  @Test
  void crlfEndingsByteOrderMarkAndEmptyLines() throws IOException {
    List<CsvRecordReader.CsvRecord> records = read("\uFEFFa,b\r\n1,2\r\n\r\n3,\"4\r\n5\"\r\n");
    assertEquals(List.of("a", "b"), records.get(0).fields());
    assertEquals(List.of("1", "2"), records.get(1).fields());
    assertEquals(List.of("3", "4\r\n5"), records.get(2).fields());
    assertEquals(4L, records.get(2).lineNumber());
    assertEquals(3, records.size());
  }

  @Test
  void theOffsetAfterEachRecordIsWhereItsLineEnds() throws IOException {
    String text = "\uFEFFa,b\r\n1,2\r\n\r\n3,\"4\r\n5\"\r6,7";
    CsvRecordReader reader = new CsvRecordReader(new StringReader(text));
    List<Long> offsets = new ArrayList<>(List.of(reader.offset()));
    while (reader.next() != null) {
      offsets.add(reader.offset());
    }
    // The byte-order mark counts; a record ends after its line break, the last at the end.
    assertEquals(List.of(0L, 6L, 11L, 22L, 25L), offsets);
  }

  @Test
  void emptyFieldsAndMissingFinalNewline() throws IOException {
    List<CsvRecordReader.CsvRecord> records = read("a,b,c\n,,\nx,\"\",z");
    assertEquals(List.of("", "", ""), records.get(1).fields());
    assertEquals(List.of("x", "", "z"), records.get(2).fields());
  }

  @Test
  void textAfterAClosingQuoteOrAnUnclosedQuoteIsNotWellFormed() throws IOException {
    List<CsvRecordReader.CsvRecord> records = read("a,b\n\"ab\"c,d\ne,\"never closed\n");
    assertFalse(records.get(1).wellFormed());
    assertFalse(records.get(2).wellFormed());
    assertEquals(3L, records.get(2).lineNumber());
  }

  @Test
  void emptyInputHasNoRecords() throws IOException {
    assertNull(new CsvRecordReader(new StringReader("")).next());
    assertNull(new CsvRecordReader(new StringReader("\uFEFF")).next());
  }
}
