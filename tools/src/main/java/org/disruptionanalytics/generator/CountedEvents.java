package org.disruptionanalytics.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The OIC events behind the published figures: for each quarter and severity of the table exactly that
 * many events, on days spread over the quarter (the last day of each of its months among them), about
 * one in eight claimed jointly by two or three agencies. An event here is made of counted claims only
 * (VALIDATED, OIC); the rows around them that must not count are {@link UncountedRows}'.
 */
final class CountedEvents {
  private static final double JOINT_SHARE = 0.11;

  /**
   * One event: its date (the earliest of its claims), its severity (the highest), its joint_ref and the
   * region of the joint operation (both null for a claim of one agency), and its claims.
   */
  record Event(LocalDate date, Severity severity, String jointRef, String region, List<Row> claims) {}

  final List<Event> events = new ArrayList<>();
  private final Map<Integer, Integer> jointsByYear = new HashMap<>();

  private CountedEvents() {}

  static CountedEvents plan(PublishedTable table, ClaimFactory claims, SplittableRandom r) {
    CountedEvents plan = new CountedEvents();
    for (PublishedTable.Quarter q : table.quarters) {
      plan.quarter(q, claims, r);
    }
    return plan;
  }

  /** Every counted claim, in event order. */
  List<Row> claims() {
    List<Row> out = new ArrayList<>();
    events.forEach(e -> out.addAll(e.claims()));
    return out;
  }

  private void quarter(PublishedTable.Quarter q, ClaimFactory claims, SplittableRandom r) {
    List<Severity> severities = new ArrayList<>();
    q.events().forEach((s, n) -> {
      for (int i = 0; i < n; i++) {
        severities.add(s);
      }
    });
    shuffle(severities, r);
    LocalDate last = claims.notAfterAsOf(q.end());
    record Planned(LocalDate date, Severity severity) {}
    List<Planned> planned = new ArrayList<>(severities.size());
    for (int i = 0; i < severities.size(); i++) {
      // The first three fall on the last day of each month (29 February 2024 among them), where an
      // off-by-one in a period's end would show.
      LocalDate date = i < 3 ? q.start().plusMonths(i + 1L).minusDays(1) : Timeline.between(r, q.start(), last);
      planned.add(new Planned(claims.notAfterAsOf(date), severities.get(i)));
    }
    // Claims are made in date order, so joint refs (and later the record numbers) follow the calendar.
    planned.sort(Comparator.comparing(Planned::date));
    for (Planned p : planned) {
      events.add(r.nextDouble() < JOINT_SHARE
          ? joint(claims, r, p.date(), p.severity(), last)
          : single(claims, r, p.date(), p.severity()));
    }
  }

  private static Event single(ClaimFactory claims, SplittableRandom r, LocalDate date, Severity severity) {
    Row claim = claims.claim(r, claims.agency(r), date, "OIC", severity, "VALIDATED", null, null);
    return new Event(date, severity, null, null, List.of(claim));
  }

  /**
   * A joint operation: one partner, not always the first, claims it on the event's date, the others up
   * to three days later but within the quarter; one partner, not always the earliest, carries the event's
   * severity and the others the same or lower, so the event keeps both its quarter and its severity.
   */
  private Event joint(ClaimFactory claims, SplittableRandom r, LocalDate date, Severity severity,
      LocalDate lastDay) {
    List<String> agencies = claims.jointAgencies(r);
    String region = claims.jointRegion(r);
    int year = date.getYear();
    String jointRef = "JOP-" + year + "-" + Codes.padded(jointsByYear.merge(year, 1, Integer::sum), 4);
    int earliest = r.nextInt(agencies.size());
    int carrier = r.nextInt(agencies.size());
    List<Row> rows = new ArrayList<>(agencies.size());
    for (int i = 0; i < agencies.size(); i++) {
      LocalDate day = i == earliest ? date : date.plusDays(r.nextInt(4));
      if (day.isAfter(lastDay)) {
        day = lastDay;
      }
      Severity s = i == carrier ? severity : sameOrLower(r, severity);
      rows.add(claims.claim(r, agencies.get(i), day, "OIC", s, "VALIDATED", region, jointRef));
    }
    return new Event(date, severity, jointRef, region, rows);
  }

  private static Severity sameOrLower(SplittableRandom r, Severity s) {
    Severity[] all = Severity.values();
    return all[s.ordinal() + r.nextInt(all.length - s.ordinal())];
  }

  private static <T> void shuffle(List<T> list, SplittableRandom r) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
