package org.disruptionanalytics.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disruptionanalytics.reports.model.Chart;

/**
 * Draws a {@link Chart} as inline SVG (a bar whose value is null is one the release suppresses:
 * it is not drawn, and marked c): deterministic (no clock, no random ids, numbers in a fixed
 * locale, no font metrics: label widths are estimated from character counts), accessible
 * ({@code role="img"} with a title and a description that states the figures), and escaping every
 * text it writes, because the template takes this SVG as trusted content.
 */
public final class SvgChart {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 300;
  private static final int TOP = 16;
  private static final int BOTTOM = 44;
  private static final int LEFT = 52;
  private static final int RIGHT = 12;
  /** Rough width of a character of the 11 px labels: enough to lay out, without font metrics. */
  private static final double CHAR_WIDTH = 6.2;

  private SvgChart() {}

  public static String render(Chart chart) {
    return switch (chart.kind()) {
      case COLUMNS_WITH_LINE -> columns(chart);
      case BARS -> bars(chart);
    };
  }

  private static StringBuilder open(Chart chart, int height) {
    String id = Xml.escape(chart.id());
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
        .append(" class=\"chart\">\n");
    s.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(chart.title())).append("</title>\n");
    s.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(chart.description())).append("</desc>\n");
    s.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
        .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"hatch-bg\"/>")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\"/></pattern></defs>\n");
    return s;
  }

  private static String columns(Chart chart) {
    List<Double> bars = chart.series().get(0).values();
    List<Double> line = chart.series().size() > 1 ? chart.series().get(1).values() : List.of();
    int n = chart.categories().size();
    double max = 0;
    for (List<Double> vs : List.of(bars, line)) {
      for (Double v : vs) {
        if (v != null) {
          max = Math.max(max, v);
        }
      }
    }
    Axis axis = Axis.of(max);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double step = n == 0 ? plotW : plotW / n;
    StringBuilder s = open(chart, HEIGHT);
    gridAndTicks(s, axis, plotH);
    String id = Xml.escape(chart.id());
    // Label every k-th category so that labels never overlap.
    int longest = chart.categories().stream().mapToInt(String::length).max().orElse(1);
    int every = Math.max(1, (int) Math.ceil(longest * CHAR_WIDTH / step));
    for (int i = 0; i < n; i++) {
      double x = LEFT + i * step;
      Double v = bars.get(i);
      boolean marked = chart.marked().get(i);
      if (v != null) {
        double h = plotH * v / axis.top();
        s.append("<rect x=\"").append(num(x + step * 0.15)).append("\" y=\"").append(num(TOP + plotH - h))
            .append("\" width=\"").append(num(step * 0.7)).append("\" height=\"").append(num(h)).append('"')
            .append(marked ? " fill=\"url(#" + id + "-hatch)\" class=\"bar marked\"" : " class=\"bar\"").append("/>\n");
        if (marked) {
          s.append("<text x=\"").append(num(x + step / 2)).append("\" y=\"").append(num(TOP + plotH - h - 3))
              .append("\" class=\"mark\" text-anchor=\"middle\">p</text>\n");
        }
      } else {
        // No bar for a value the release does not show: a mark says so, so it is not read as 0.
        s.append("<text x=\"").append(num(x + step / 2)).append("\" y=\"").append(num(TOP + plotH - 3))
            .append("\" class=\"mark\" text-anchor=\"middle\">c</text>\n");
      }
      if (i % every == 0) {
        s.append("<text x=\"").append(num(x + step / 2)).append("\" y=\"").append(HEIGHT - BOTTOM + 14)
            .append("\" class=\"tick\" text-anchor=\"middle\">").append(Xml.escape(chart.categories().get(i)))
            .append("</text>\n");
      }
    }
    if (!line.isEmpty()) {
      StringBuilder d = new StringBuilder();
      boolean pen = false;
      for (int i = 0; i < n; i++) {
        Double v = line.get(i);
        if (v == null) {
          pen = false;
          continue;
        }
        d.append(pen ? " L" : (d.length() == 0 ? "M" : " M")).append(num(LEFT + i * step + step / 2)).append(' ')
            .append(num(TOP + plotH - plotH * v / axis.top()));
        pen = true;
      }
      if (d.length() > 0) {
        s.append("<path d=\"").append(d).append("\" class=\"line\"/>\n");
      }
    }
    legend(s, chart, HEIGHT - 14);
    return s.append("</svg>").toString();
  }

  private static String bars(Chart chart) {
    List<Double> values = chart.series().get(0).values();
    int n = chart.categories().size();
    int rowH = 22;
    int height = TOP + n * rowH + 30;
    int longest = chart.categories().stream().mapToInt(String::length).max().orElse(1);
    double labelW = Math.min(WIDTH * 0.4, longest * CHAR_WIDTH + 8);
    double max = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
    Axis axis = Axis.of(max);
    // Room at the right for the value labels.
    double plotW = WIDTH - labelW - RIGHT - 48;
    StringBuilder s = open(chart, height);
    for (int i = 0; i < n; i++) {
      double y = TOP + i * rowH;
      Double v = values.get(i);
      s.append("<text x=\"").append(num(labelW - 6)).append("\" y=\"").append(num(y + rowH * 0.68))
          .append("\" class=\"tick\" text-anchor=\"end\">").append(Xml.escape(chart.categories().get(i))).append("</text>\n");
      if (v != null) {
        double w = plotW * v / axis.top();
        s.append("<rect x=\"").append(num(labelW)).append("\" y=\"").append(num(y + 3)).append("\" width=\"")
            .append(num(w)).append("\" height=\"").append(rowH - 6).append("\" class=\"bar\"/>\n");
        s.append("<text x=\"").append(num(labelW + w + 4)).append("\" y=\"").append(num(y + rowH * 0.68))
            .append("\" class=\"value\">").append(Xml.escape(integer(v))).append("</text>\n");
      } else {
        s.append("<text x=\"").append(num(labelW + 4)).append("\" y=\"").append(num(y + rowH * 0.68))
            .append("\" class=\"mark\">[c]</text>\n");
      }
    }
    legend(s, chart, height - 10);
    return s.append("</svg>").toString();
  }

  private static void gridAndTicks(StringBuilder s, Axis axis, double plotH) {
    for (int t = 0; t <= axis.ticks(); t++) {
      double value = axis.step() * t;
      double y = TOP + plotH - plotH * value / axis.top();
      s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(num(y))
          .append("\" y2=\"").append(num(y)).append("\" class=\"grid\"/>\n");
      s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
          .append("\" class=\"tick\" text-anchor=\"end\">").append(Xml.escape(integer(value))).append("</text>\n");
    }
  }

  private static void legend(StringBuilder s, Chart chart, int y) {
    double x = LEFT;
    List<String> items = new ArrayList<>();
    for (int i = 0; i < chart.series().size(); i++) {
      String name = chart.series().get(i).name();
      if (i == 0) {
        s.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y - 9).append("\" width=\"10\" height=\"10\" class=\"bar\"/>");
      } else {
        s.append("<line x1=\"").append(num(x)).append("\" x2=\"").append(num(x + 12)).append("\" y1=\"").append(y - 4)
            .append("\" y2=\"").append(y - 4).append("\" class=\"line\"/>");
      }
      s.append("<text x=\"").append(num(x + 16)).append("\" y=\"").append(y).append("\" class=\"tick\">")
          .append(Xml.escape(name)).append("</text>\n");
      x += 28 + name.length() * CHAR_WIDTH;
      items.add(name);
    }
    if (chart.series().get(0).values().contains(null)) {
      s.append("<text x=\"").append(num(x)).append("\" y=\"").append(y).append("\" class=\"tick\">")
          .append("c: suppressed, not drawn</text>\n");
      x += 28 + 26 * CHAR_WIDTH;
    }
    if (chart.markNote() != null && chart.marked().contains(Boolean.TRUE)) {
      s.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y - 9).append("\" width=\"10\" height=\"10\" fill=\"url(#")
          .append(Xml.escape(chart.id())).append("-hatch)\" class=\"bar marked\"/>");
      s.append("<text x=\"").append(num(x + 16)).append("\" y=\"").append(y).append("\" class=\"tick\">")
          .append(Xml.escape(chart.markNote())).append("</text>\n");
    }
  }

  /** Coordinates to one decimal in a fixed locale: the same chart gives the same bytes anywhere. */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String integer(double v) {
    return String.format(Locale.UK, "%,d", Math.round(v));
  }

  /** A value axis from 0 with 4 to 6 round steps (1, 2 or 5 times a power of ten). */
  record Axis(double step, int ticks) {
    double top() {
      return step * ticks;
    }

    static Axis of(double max) {
      if (max <= 0) {
        return new Axis(1, 1);
      }
      double raw = max / 5;
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      double step = magnitude;
      for (double m : new double[] {1, 2, 5, 10}) {
        if (m * magnitude >= raw) {
          step = m * magnitude;
          break;
        }
      }
      step = Math.max(1, step);
      return new Axis(step, (int) Math.ceil(max / step));
    }
  }
}
