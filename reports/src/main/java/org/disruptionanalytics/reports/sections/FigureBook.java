package org.disruptionanalytics.reports.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.model.Figure;

/** The figures of the report in the order they are shown; each is referenced by its index. */
final class FigureBook {

  private final List<Figure> figures = new ArrayList<>();

  int add(String section, String table, String measure, Map<String, String> key, Object value, List<String> flags) {
    figures.add(new Figure(section, table, measure, key, value, flags));
    return figures.size() - 1;
  }

  List<Figure> all() {
    return List.copyOf(figures);
  }
}
