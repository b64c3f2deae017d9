package org.disruptionanalytics.reports.render;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import org.disruptionanalytics.reports.model.Chart;
import org.disruptionanalytics.reports.model.Report;

/**
 * summary.html through the precompiled jte template, which escapes every value it prints; only
 * the charts go in as trusted content, and {@link SvgChart} escapes their text itself.
 */
public final class HtmlView {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Phone first; tables scroll inside their own box so the page never does; A4 print. */
  public static final String CSS = """
      :root { --ink: #1d1d1b; --muted: #505a5f; --bar: #1d70b8; --line: #d4351c; --grid: #e0e0e0; --hatch: #ffffff; }
      * { box-sizing: border-box; }
      body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 2rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; }
      p, li, h1, h2, caption { overflow-wrap: anywhere; }
      h1 { font-size: 1.75rem; line-height: 1.2; margin: 1.25rem 0 .25rem; }
      h2 { font-size: 1.35rem; border-top: 3px solid var(--bar); padding-top: .5rem; margin-top: 2rem; }
      .subtitle, caption .csv, figcaption { color: var(--muted); }
      nav ol { padding-left: 1.25rem; columns: 2 14rem; }
      .fig { font-variant-numeric: tabular-nums; font-weight: 600; }
      .table-wrap { max-width: 100%; overflow-x: auto; margin: .75rem 0 1.25rem; }
      table { border-collapse: collapse; font-size: .875rem; }
      caption { text-align: left; font-weight: 600; padding: .25rem 0; }
      th, td { border-bottom: 1px solid var(--grid); padding: .25rem .5rem; text-align: left; vertical-align: top; }
      td { min-width: 3.5rem; } td.text { min-width: 8rem; } td:first-child { min-width: 9rem; }
      th { border-bottom: 2px solid var(--ink); }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      figure.chart { margin: 1rem 0; }
      svg.chart { width: 100%; height: auto; display: block; font: 11px system-ui, Arial, sans-serif; }
      svg .bar { fill: var(--bar); } svg .line { stroke: var(--line); stroke-width: 2.5; fill: none; stroke-dasharray: 6 3; }
      svg .grid { stroke: var(--grid); } svg .tick, svg .value { fill: var(--ink); } svg .mark { fill: var(--ink); font-weight: 700; }
      svg .hatch-bg { fill: var(--hatch); } svg .hatch-line { stroke: var(--bar); stroke-width: 3; }
      svg .marked { stroke: var(--bar); stroke-width: 1; }
      @media print {
        @page { size: A4; margin: 15mm; }
        body { max-width: none; padding: 0; font-size: 10pt; }
        nav { display: none; }
        section { break-before: page; }
        section:first-of-type { break-before: auto; }
        .table-wrap { overflow: visible; }
        table, figure { break-inside: avoid; }
        h2 { break-after: avoid; }
      }
      """;

  private HtmlView() {}

  public static byte[] render(Report report) {
    StringOutput out = new StringOutput();
    ENGINE.render("summary.jte", java.util.Map.of("report", report, "view", new HtmlView()), out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A chart's SVG, handed to the template as trusted content. */
  public Content svg(Chart chart) {
    String svg = SvgChart.render(chart);
    return output -> output.writeContent(svg);
  }
}
