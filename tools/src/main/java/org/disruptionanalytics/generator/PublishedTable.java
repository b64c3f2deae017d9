package org.disruptionanalytics.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The published table of OIC disruption events by calendar quarter and severity, system-wide
 * (data/reference/published_oic_disruptions.csv), read from the classpath where the build puts
 * data/reference, like {@link Reference}.
 */
final class PublishedTable {
  static final String RESOURCE = "reference/published_oic_disruptions.csv";

  /** One quarter of the table: its label (`2024Q1`), first day, and events by severity. */
  record Quarter(String label, LocalDate start, Map<Severity, Integer> events) {
    LocalDate end() {
      return start.plusMonths(3).minusDays(1);
    }

    int total() {
      return events.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  final List<Quarter> quarters;

  private PublishedTable(List<Quarter> quarters) {
    this.quarters = Collections.unmodifiableList(quarters);
  }

  /**
   * Reads the table and checks it against itself (label and start agree, total is the sum of the
   * severities), so a mistyped figure fails here rather than as a wrong expansion.
   */
  static PublishedTable load() {
    List<Quarter> quarters = new ArrayList<>();
    for (String[] f : Reference.read(RESOURCE)) {
      LocalDate start = LocalDate.parse(f[1]);
      Map<Severity, Integer> events = new EnumMap<>(Severity.class);
      events.put(Severity.MAJOR, Integer.parseInt(f[2]));
      events.put(Severity.MODERATE, Integer.parseInt(f[3]));
      events.put(Severity.MINOR, Integer.parseInt(f[4]));
      Quarter q = new Quarter(f[0], start, events);
      if (!label(start).equals(q.label()) || q.total() != Integer.parseInt(f[5])) {
        throw new IllegalStateException(RESOURCE + ": inconsistent row " + String.join(",", f));
      }
      quarters.add(q);
    }
    return new PublishedTable(quarters);
  }

  /** The label of the calendar quarter holding a day, as the table writes it. */
  static String label(LocalDate day) {
    return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }
}
