package org.disruptionanalytics.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input row as it will be written: column to value. A value is a String, a Number (written as a
 * JSON number in JSON Lines) or null (an empty CSV field, a JSON null); a column that is not set at all
 * is left out of a JSON object.
 */
final class Row {
  private final Map<String, Object> values = new LinkedHashMap<>();

  Row set(String column, Object value) {
    values.put(column, value);
    return this;
  }

  Row remove(String column) {
    values.remove(column);
    return this;
  }

  boolean has(String column) {
    return values.containsKey(column);
  }

  Object get(String column) {
    return values.get(column);
  }

  /** The value as text, or null when it is null or not set. */
  String text(String column) {
    Object v = values.get(column);
    return v == null ? null : v.toString();
  }

  /** The values of the given columns as text, in that order (null where not set). */
  List<String> texts(List<String> columns) {
    List<String> out = new ArrayList<>(columns.size());
    for (String c : columns) {
      out.add(text(c));
    }
    return out;
  }

  Row copy() {
    Row c = new Row();
    c.values.putAll(values);
    return c;
  }
}
