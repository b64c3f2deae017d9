package org.disruptionanalytics.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.junit.jupiter.api.Test;

class TextRecordParserTest {

  private static List<Row> parse(InputDataset d, InputFormat f, String text) {
    Iterator<Row> it = TextRecordParser.rows(d, f, "links/x",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<Row> rows = new ArrayList<>();
    it.forEachRemaining(rows::add);
    return rows;
  }

  /** row_number, malformed, then the three link columns. */
  private static Object[] summary(Row r) {
    return new Object[] {r.getLong(2), r.getBoolean(4), r.get(6), r.get(7), r.get(8)};
  }

  @Test
  void jsonLinesNumbersAndBooleansAreTextAndBadLinesAreMalformed() {
    List<Row> rows = parse(InputDataset.OCG_LINKS, InputFormat.JSON_LINES, String.join("\n",
        "\uFEFF{\"ocg_ref_a\":\"PND:1\",\"ocg_ref_b\":123,\"link_source\":true}",
        "",
        "   ",
        "not json",
        "[1,2]",
        "{\"ocg_ref_a\":\"PND:1\"} trailing",
        "{\"OCG_REF_A\":\"SOC:9\",\"ocg_ref_b\":null,\"colour\":\"red\"}",
        "{\"ocg_ref_a\":{\"nested\":1},\"ocg_ref_b\":\"PND:2\"}"));
    assertEquals(6, rows.size());
    assertArrayEquals(new Object[] {1L, false, "PND:1", "123", "true"}, summary(rows.get(0)));
    assertArrayEquals(new Object[] {4L, true, null, null, null}, summary(rows.get(1)));
    assertArrayEquals(new Object[] {5L, true, null, null, null}, summary(rows.get(2)));
    assertArrayEquals(new Object[] {6L, true, null, null, null}, summary(rows.get(3)));
    assertArrayEquals(new Object[] {7L, false, "SOC:9", null, null}, summary(rows.get(4)));
    assertEquals(List.of("colour"), rows.get(4).getList(5));
    assertArrayEquals(new Object[] {8L, true, null, null, null}, summary(rows.get(5)));
    assertEquals("[1,2]", rows.get(2).getString(3));
  }

  @Test
  void csvColumnsAreFoundByHeaderNameAndWrongWidthIsMalformed() {
    List<Row> rows = parse(InputDataset.OCG_LINKS, InputFormat.CSV, String.join("\n",
        " Link_Source ,notes,ocg_ref_b,ocg_ref_a",
        "manual,\"a, b\",SOC:1,PND:1",
        "manual,SOC:1,PND:1",
        "manual,x,SOC:1,PND:1,extra"));
    assertEquals(3, rows.size());
    assertArrayEquals(new Object[] {2L, false, "PND:1", "SOC:1", "manual"}, summary(rows.get(0)));
    assertEquals(List.of("notes"), rows.get(0).getList(5));
    assertArrayEquals(new Object[] {3L, true, null, null, null}, summary(rows.get(1)));
    assertArrayEquals(new Object[] {4L, true, null, null, null}, summary(rows.get(2)));
    assertEquals("manual,x,SOC:1,PND:1,extra", rows.get(2).getString(3));
  }

  @Test
  void headerOnlyAndEmptyFilesHaveNoRows() {
    assertEquals(0, parse(InputDataset.OCG_LINKS, InputFormat.CSV, "ocg_ref_a,ocg_ref_b\n").size());
    assertEquals(0, parse(InputDataset.OCG_LINKS, InputFormat.CSV, "").size());
    assertEquals(0, parse(InputDataset.OCG_LINKS, InputFormat.JSON_LINES, "\n\n").size());
  }

  @Test
  void rowsCarryTheirLineage() {
    Row r = parse(InputDataset.OCG_LINKS, InputFormat.CSV, "ocg_ref_a,ocg_ref_b\nA:1,B:2\n").get(0);
    assertEquals(Arrays.asList("ocg_links", "links/x", 2L, "A:1,B:2", false, null, "A:1", "B:2", null),
        Arrays.asList(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7), r.get(8)));
  }
}
