package org.disruptionanalytics.reports.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Report;
import org.disruptionanalytics.reports.model.Section;

/**
 * summary.md: the same sections, text and values as the HTML. Markdown viewers pass raw HTML
 * through and turn brackets into links, so every value is escaped; a chart is replaced by its
 * description (its table follows it anyway).
 */
public final class MarkdownSummary {

  private MarkdownSummary() {}

  public static byte[] render(Report report) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(report.title())).append("\n\n");
    md.append(escape(report.subtitle())).append("\n");
    for (Section section : report.sections()) {
      md.append("\n## ").append(escape(section.title())).append("\n");
      for (Block block : section.blocks()) {
        md.append('\n');
        if (block instanceof Block.Paragraph p) {
          md.append(inline(p.parts())).append('\n');
        } else if (block instanceof Block.Bullets b) {
          b.items().forEach(item -> md.append("- ").append(inline(item)).append('\n'));
        } else if (block instanceof Block.Table t) {
          table(md, t.table());
        } else if (block instanceof Block.Figure f) {
          md.append("*Chart: ").append(escape(f.chart().title())).append(".* ")
              .append(escape(f.chart().description())).append('\n');
        }
      }
    }
    if (!report.notes().isEmpty()) {
      md.append("\n## Notes\n\n");
      report.notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
    }
    return md.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void table(StringBuilder md, DataTable table) {
    md.append("**").append(escape(table.caption())).append("** (tables/").append(escape(table.name())).append(".csv)\n\n");
    List<Integer> shown = table.displayedColumns();
    md.append('|');
    shown.forEach(i -> md.append(' ').append(escape(table.columns().get(i).heading())).append(" |"));
    md.append("\n|");
    shown.forEach(i -> md.append(table.columns().get(i).numeric() ? " ---: |" : " --- |"));
    md.append('\n');
    for (List<Cell> row : table.rows()) {
      md.append('|');
      shown.forEach(i -> md.append(' ').append(escape(row.get(i).display())).append(" |"));
      md.append('\n');
    }
  }

  private static String inline(List<Inline> parts) {
    StringBuilder s = new StringBuilder();
    for (Inline part : parts) {
      s.append(escape(part instanceof Inline.FigureText f ? f.display() : ((Inline.Text) part).text()));
    }
    return s.toString();
  }

  /**
   * Escapes what Markdown (and the HTML it passes through) would act on: entities and tags,
   * table pipes, backslashes, emphasis, links, code spans, headings; a line break becomes a
   * {@code <br>} so that a value stays in its table cell.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> {
          out.append("<br>");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> out.append("<br>");
        case '\\', '|', '*', '_', '[', ']', '`', '#', '!' -> out.append('\\').append(c);
        default -> out.append(c < 0x20 && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
