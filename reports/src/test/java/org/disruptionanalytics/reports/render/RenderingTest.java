package org.disruptionanalytics.reports.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.Chart;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.DataTable.Column;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Report;
import org.disruptionanalytics.reports.model.Section;
import org.junit.jupiter.api.Test;

/** Values from the inputs come out inert in every format; numbers keep their exact form. */
class RenderingTest {

  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String FORMULA = "=HYPERLINK(\"http://example.invalid\")";
  static final String BREAKER = "A|B\\C\nD";
  static final String LINK = "[x](javascript:alert(1))";
  static final String CLOSE = "</td></table><script>alert(1)</script>";

  static Report hostile() {
    DataTable table = new DataTable("hostile", "Sources " + IMG, List.of(
        new Column("source_system", "Source " + CLOSE, false), new Column("rows", "Rows", true),
        new Column("share", "Share", true), new Column("flag", "Flag", false)),
        List.of(List.of(Cell.text(IMG), new Cell(12L, "12", 0), new Cell(0.000001234, "0.0", 1), Cell.text(FORMULA)),
            List.of(Cell.text(BREAKER), new Cell(-3L, "\u22123", 0), new Cell(1.5e20, "big", 1), Cell.text("+SUM(1)")),
            List.of(Cell.text(LINK), new Cell(0L, "0", 0), new Cell(Cell.Shorthand.X, "[x]", 1), Cell.text("@cmd"))));
    Chart chart = new Chart("chart-x", Chart.Kind.BARS, "Bars " + IMG, "Values " + CLOSE, List.of(IMG, FORMULA),
        List.of(new Chart.Series("Series " + LINK, java.util.Arrays.asList(3.0, null))), List.of(false, true), "p");
    List<Figure> figures = List.of(new Figure("s", "data_quality", "sum(rows)", Map.of("source_system", IMG), 12L,
        List.of()), new Figure("s", "source_returns", "ratio", Map.of("source_system", FORMULA), 0.000001234, List.of("u")));
    Section s = new Section("s", "Section " + IMG, List.of(
        new Block.Paragraph(List.of(Inline.text("Source " + IMG + " and " + LINK + " "), new Inline.FigureText(0, "12"))),
        new Block.Bullets(List.of(List.of(Inline.text(BREAKER)))), new Block.Figure(chart), new Block.Table(table)));
    return new Report("1.1", "2026-10-31", "run-x", "OIC", "internal", "Title " + IMG, "Sub " + CLOSE, List.of(s),
        figures, List.of("note " + IMG));
  }

  static List<String> toList(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void htmlEscapesEveryValueAndLoadsNothing() {
    String html = utf8(HtmlView.render(hostile()));
    assertFalse(html.contains("<img"), "no live img tag");
    assertFalse(html.contains("<script"), "no live script tag");
    assertFalse(html.contains("</td></table>"), "no markup from a value");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the value is shown, escaped");
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:|//).*"), "no network reference");
    assertTrue(html.contains("<td class=\"num\" data-figure=\"0\">12</td>"));
    assertTrue(html.contains("<span class=\"fig\" data-figure=\"0\">12</span>"));
    // The chart's own text is escaped by the chart class, not by the template.
    assertTrue(html.contains("<title id=\"chart-x-title\">Bars &lt;img src=x onerror=alert(1)&gt;</title>"));
    assertTrue(html.contains("role=\"img\""));
  }

  @Test
  void markdownEscapesTagsPipesBackslashesLinksAndLineBreaks() {
    String md = utf8(MarkdownSummary.render(hostile()));
    assertFalse(md.contains("<img"));
    assertFalse(md.contains("<script"));
    assertTrue(md.contains("| A\\|B\\\\C<br>D |"), md);
    assertTrue(md.contains("\\[x\\](javascript:alert(1))"));
    assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertEquals("a\\_b \\*c\\* &amp;amp; &lt;/td&gt;", MarkdownSummary.escape("a_b *c* &amp; </td>"));
    // Each table row has as many cells as the header: no value broke out of its cell.
    md.lines().filter(l -> l.startsWith("| ")).forEach(l ->
        assertEquals(5, l.replace("\\|", "").chars().filter(c -> c == '|').count(), l));
  }

  @Test
  void csvNeutralisesFormulasAndKeepsNumbersPlain() {
    DataTable t = hostile().tables().get(0);
    String csv = utf8(CsvTables.render(t));
    assertEquals(String.join("\n",
        "source_system,rows,share,flag",
        "<img src=x onerror=alert(1)>,12,0.000001234,\"'=HYPERLINK(\"\"http://example.invalid\"\")\"",
        "\"A|B\\C\nD\",-3,150000000000000000000,'+SUM(1)",
        "[x](javascript:alert(1)),0,[x],'@cmd") + "\n", csv);
    assertEquals("'-2+3", CsvTables.value("-2+3"));
    assertEquals("'\tx", CsvTables.value("\tx"));
    assertEquals("-2", CsvTables.value(-2L));
    assertEquals("true", CsvTables.value(true));
    assertFalse(csv.startsWith("\uFEFF"));
    assertFalse(csv.contains("\r"));
  }

  @Test
  void jsonKeepsExactValues() throws Exception {
    String json = utf8(JsonSummary.render(hostile()));
    assertTrue(json.startsWith("{\n  \"contract_version\" : \"1.1\",\n  \"as_of\" : \"2026-10-31\""), json);
    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertEquals(List.of("contract_version", "as_of", "run_id", "threat_area", "audience", "figures", "notes"),
        toList(root.fieldNames()));
    var second = root.get("figures").get(1);
    assertEquals(0.000001234, second.get("value").doubleValue());
    assertTrue(second.get("value").isDouble());
    assertEquals(12L, root.get("figures").get(0).get("value").longValue());
    assertTrue(root.get("figures").get(0).get("value").isIntegralNumber());
    assertEquals("u", second.get("flags").get(0).asText());
    assertEquals(FORMULA, second.get("key").get("source_system").asText());
  }

  @Test
  void theSameModelGivesTheSameBytes() {
    Report r = hostile();
    assertArrayEquals(HtmlView.render(r), HtmlView.render(hostile()));
    assertArrayEquals(MarkdownSummary.render(r), MarkdownSummary.render(hostile()));
    assertArrayEquals(JsonSummary.render(r), JsonSummary.render(hostile()));
    assertEquals(SvgChart.render(r.sections().get(0).blocks().stream().filter(b -> b instanceof Block.Figure)
        .map(b -> ((Block.Figure) b).chart()).findFirst().orElseThrow()), SvgChart.render(hostile().sections().get(0)
        .blocks().stream().filter(b -> b instanceof Block.Figure).map(b -> ((Block.Figure) b).chart()).findFirst()
        .orElseThrow()));
  }

  @Test
  void chartAxisStepsAreRound() {
    assertEquals(new SvgChart.Axis(50, 4), SvgChart.Axis.of(180));
    assertEquals(new SvgChart.Axis(1, 3), SvgChart.Axis.of(3));
    assertEquals(new SvgChart.Axis(1000, 4), SvgChart.Axis.of(3766));
    assertEquals("1234.6", SvgChart.num(1234.56));
  }
}
