package org.disruptionanalytics.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generator's own count of OIC events by quarter and severity (CONTRACT.md 3.2), from the rows it
 * made to be VALID: the counted rows are the VALIDATED OIC ones, an event is its joint_ref or else
 * source_system:disruption_id, its date the earliest and its severity the highest of its counted rows.
 * It reads the row values as written (trimmed, codes upper-cased), not the plan they came from, so a
 * planted case that would move an event shows here.
 */
final class EventTally {
  private record Event(LocalDate date, Severity severity) {}

  private final Map<String, Event> events = new HashMap<>();

  void add(PublishedRow p) {
    if (!p.outcome().equals(Outcome.VALID)) {
      return;
    }
    Row row = p.row();
    if (!"VALIDATED".equals(code(row, "status")) || !"OIC".equals(code(row, "threat_area"))) {
      return;
    }
    String joint = trimmed(row, "joint_ref");
    String id = joint != null ? joint : code(row, "source_system") + ":" + trimmed(row, "disruption_id");
    Event claim = new Event(LocalDate.parse(trimmed(row, "disruption_date")), Severity.valueOf(code(row, "severity")));
    events.merge(id, claim, (a, b) -> new Event(a.date.isBefore(b.date) ? a.date : b.date,
        a.severity.above(b.severity) ? a.severity : b.severity));
  }

  /** Events by quarter label (in order) and severity, every severity present. */
  Map<String, Map<Severity, Integer>> byQuarter() {
    Map<String, Map<Severity, Integer>> out = new TreeMap<>();
    for (Event e : events.values()) {
      out.computeIfAbsent(PublishedTable.label(e.date), k -> zeros()).merge(e.severity, 1, Integer::sum);
    }
    return out;
  }

  /** Fails unless every quarter and severity holds exactly the table's number of events, and no other quarter any. */
  void check(PublishedTable table) {
    Map<String, Map<Severity, Integer>> expected = new TreeMap<>();
    table.quarters.forEach(q -> expected.put(q.label(), q.events()));
    Map<String, Map<Severity, Integer>> actual = byQuarter();
    if (!actual.equals(expected)) {
      throw new IllegalStateException("the expanded events differ from " + PublishedTable.RESOURCE
          + ": generated " + actual + ", published " + expected);
    }
  }

  void write(Path file) throws IOException {
    StringBuilder b = new StringBuilder("quarter,major,moderate,minor,total\n");
    byQuarter().forEach((quarter, bySeverity) -> {
      b.append(quarter);
      int total = 0;
      for (Severity s : Severity.values()) {
        b.append(',').append(bySeverity.get(s));
        total += bySeverity.get(s);
      }
      b.append(',').append(total).append('\n');
    });
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }

  private static Map<Severity, Integer> zeros() {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, 0);
    }
    return m;
  }

  private static String trimmed(Row row, String column) {
    String v = row.text(column);
    return v == null || v.strip().isEmpty() ? null : v.strip();
  }

  private static String code(Row row, String column) {
    String v = trimmed(row, column);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }
}
