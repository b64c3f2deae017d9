package org.disruptionanalytics.raw;

import static org.disruptionanalytics.InputBytes.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.mapping.SourceMapping;
import org.junit.jupiter.api.Test;

/**
 * A record holding bytes not valid in its file's encoding is malformed, its raw text showing each
 * invalid sequence as U+FFFD; a U+FFFD the file really holds is text like any other. Expected
 * values by hand.
 */
class TextEncodingTest {

  private static TextRecordParser.Rows parse(InputFormat format, SourceMapping mapping, byte[] content) {
    return TextRecordParser.rows(InputDataset.OCG_LINKS, format, "ocg_links/x", mapping,
        new ByteArrayInputStream(content));
  }

  private static List<Row> all(TextRecordParser.Rows rows) {
    List<Row> out = new ArrayList<>();
    rows.forEachRemaining(out::add);
    return out;
  }

  /** row_number, malformed, raw_record, link_source. */
  private static List<Object> summary(Row r) {
    return Arrays.asList(r.getLong(2), r.getBoolean(4), r.getString(3), r.get(8));
  }

  private static SourceMapping encoded(String encoding) {
    return new SourceMapping("mappings/m.json", "0", null, InputDataset.OCG_LINKS, "ocg_links/", Map.of(), Map.of(),
        Map.of(), null, null, null, encoding);
  }

  @Test
  void csvRecordsWithInvalidUtf8AreMalformedAndKeepTheirTextWithReplacements() {
    TextRecordParser.Rows rows = parse(InputFormat.CSV, null, utf8(
        "ocg_ref_a,ocg_ref_b,link_source\n",
        "PND:1,SOC:1,caf\u00e9\n",
        "PND:2,SOC:2,bad ", 0xE9, " byte\n",
        "PND:3,SOC:3,\"two\nlines ", 0xFF, "\"\n",
        "PND:4,SOC:4,own \uFFFD char\n",
        "PND:5,SOC:5,cut ", 0xE2, 0x82));
    List<Row> all = all(rows);
    assertEquals(List.of(
        Arrays.asList(2L, false, "PND:1,SOC:1,caf\u00e9", "caf\u00e9"),
        Arrays.asList(3L, true, "PND:2,SOC:2,bad \uFFFD byte", null),
        Arrays.asList(4L, true, "PND:3,SOC:3,\"two\nlines \uFFFD\"", null),
        Arrays.asList(6L, false, "PND:4,SOC:4,own \uFFFD char", "own \uFFFD char"),
        Arrays.asList(7L, true, "PND:5,SOC:5,cut \uFFFD", null)),
        all.stream().map(TextEncodingTest::summary).toList());
    assertEquals(3, rows.undecodable());
  }

  @Test
  void aHeaderWithInvalidBytesIsToldApartFromItsRecords() throws IOException {
    byte[] content = utf8("ocg_ref_a,ocg_ref_b,li", 0xFF, "nk\n", "PND:1,SOC:1,x\n");
    assertEquals(new TextRecordParser.CsvHeader(List.of("ocg_ref_a", "ocg_ref_b", "li\uFFFDnk"), true),
        TextRecordParser.csvHeader(new ByteArrayInputStream(content), null));
    assertEquals(new TextRecordParser.CsvHeader(List.of("ocg_ref_a", "ocg_ref_b"), false),
        TextRecordParser.csvHeader(new ByteArrayInputStream(utf8("\uFEFFocg_ref_a,ocg_ref_b\n", 0xFF)), null));
    TextRecordParser.Rows rows = parse(InputFormat.CSV, null, content);
    List<Row> all = all(rows);
    assertEquals(List.of(Arrays.asList(2L, false, "PND:1,SOC:1,x", null)),
        all.stream().map(TextEncodingTest::summary).toList());
    assertEquals(List.of("li\uFFFDnk"), all.get(0).getList(5));
    assertEquals(0, rows.undecodable());
  }

  @Test
  void jsonLinesWithInvalidUtf8AreMalformed() {
    TextRecordParser.Rows rows = parse(InputFormat.JSON_LINES, null, utf8(
        "{\"ocg_ref_a\":\"PND:1\",\"ocg_ref_b\":\"SOC:", 0xFF, "1\"}\r\n",
        "\r\n",
        "{\"ocg_ref_a\":\"PND:2\",\"ocg_ref_b\":\"S\",\"link_source\":\"\\uFFFD\"}\r",
        "{\"ocg_ref_a\":\"PND:3\",\"ocg_ref_b\":\"S\",\"link_source\":\"\uFFFD\"}\n",
        "{\"ocg_ref_a\":\"PND:4\",\"ocg_ref_b\":\"SOC:4\"}", 0xC0, 0x80, "\n"));
    assertEquals(List.of(
        Arrays.asList(1L, true, "{\"ocg_ref_a\":\"PND:1\",\"ocg_ref_b\":\"SOC:\uFFFD1\"}", null),
        Arrays.asList(3L, false, "{\"ocg_ref_a\":\"PND:2\",\"ocg_ref_b\":\"S\",\"link_source\":\"\\uFFFD\"}", "\uFFFD"),
        Arrays.asList(4L, false, "{\"ocg_ref_a\":\"PND:3\",\"ocg_ref_b\":\"S\",\"link_source\":\"\uFFFD\"}", "\uFFFD"),
        Arrays.asList(5L, true, "{\"ocg_ref_a\":\"PND:4\",\"ocg_ref_b\":\"SOC:4\"}\uFFFD\uFFFD", null)),
        all(rows).stream().map(TextEncodingTest::summary).toList());
    assertEquals(2, rows.undecodable());
  }

  @Test
  void aMappingsEncodingDecodesTheFile() {
    byte[] content = utf8("ocg_ref_a,ocg_ref_b,link_source\n",
        "PND:1,SOC:1,Caf", 0xE9, " ", 0x96, " ", 0xA3, "5\n",
        "PND:2,SOC:2,x", 0x81, "y\n");
    TextRecordParser.Rows rows = parse(InputFormat.CSV, encoded("windows-1252"), content);
    assertEquals(List.of(
        Arrays.asList(2L, false, "PND:1,SOC:1,Caf\u00e9 \u2013 \u00a35", "Caf\u00e9 \u2013 \u00a35"),
        Arrays.asList(3L, true, "PND:2,SOC:2,x\uFFFDy", null)),
        all(rows).stream().map(TextEncodingTest::summary).toList());
    assertEquals(1, rows.undecodable(), "0x81 has no character in windows-1252");
    TextRecordParser.Rows asUtf8 = parse(InputFormat.CSV, null, content);
    assertEquals(List.of(
        Arrays.asList(2L, true, "PND:1,SOC:1,Caf\uFFFD \uFFFD \uFFFD5", null),
        Arrays.asList(3L, true, "PND:2,SOC:2,x\uFFFDy", null)),
        all(asUtf8).stream().map(TextEncodingTest::summary).toList());
  }

  /**
   * Many records, across every buffer boundary of the decoder and the parsers: exactly those with
   * an invalid byte are malformed, and every raw text is the record with U+FFFD in its place.
   */
  @Test
  void onlyTheRecordsHoldingInvalidBytesAreMalformedWhereverBuffersEnd() {
    for (InputFormat format : List.of(InputFormat.CSV, InputFormat.JSON_LINES)) {
      Random random = new Random(13);
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      if (format == InputFormat.CSV) {
        content.writeBytes(utf8("ocg_ref_a,ocg_ref_b,link_source\n"));
      }
      List<List<Object>> expected = new ArrayList<>();
      long badRecords = 0;
      for (int i = 0; i < 30_000; i++) {
        // Two- and three-byte characters shift the byte and character boundaries apart.
        String notes = "n\u00e9\u20ac".repeat(random.nextInt(4)) + (i % 5 == 0 ? "\uFFFD" : "") + "x".repeat(random.nextInt(9));
        boolean bad = i % 7 == 3;
        int at = random.nextInt(notes.length() + 1);
        String head = format == InputFormat.CSV ? "PND:" + i + ",SOC:" + i + "," + notes.substring(0, at)
            : "{\"ocg_ref_a\":\"PND:" + i + "\",\"ocg_ref_b\":\"SOC:" + i + "\",\"link_source\":\"" + notes.substring(0, at);
        String tail = notes.substring(at) + (format == InputFormat.CSV ? "" : "\"}");
        content.writeBytes(bad ? utf8(head, 0xFF, tail, "\n") : utf8(head, tail, "\n"));
        badRecords += bad ? 1 : 0;
        long line = format == InputFormat.CSV ? i + 2 : i + 1;
        expected.add(Arrays.asList(line, bad, head + (bad ? "\uFFFD" : "") + tail, bad ? null : notes));
      }
      TextRecordParser.Rows rows = parse(format, null, content.toByteArray());
      assertEquals(expected, all(rows).stream().map(TextEncodingTest::summary).toList(), format.name());
      assertEquals(badRecords, rows.undecodable(), format.name());
    }
  }
}
