package org.disruptionanalytics.reports.revisions;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.text.DisplayNumber;
import org.disruptionanalytics.reports.text.PeriodName;

/**
 * Why figures were revised, where the data says so: one note per revised period with the counted
 * rows recorded after the previous as-of that fall in its span (or in the span a year earlier),
 * and notes on superseded versions, the quarantine, the config and the inputs when they differ
 * between the two releases. Every number is a figure.
 */
final class RevisionReasons {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final String LATE = "count(recorded_date > previous as_of)";

  private final FigureSink sink;
  private final String section;
  private final Comparison c;

  RevisionReasons(FigureSink sink, String section, Comparison comparison) {
    this.sink = sink;
    this.section = section;
    this.c = comparison;
  }

  List<List<Inline>> notes(List<Revision> revisions) {
    List<List<Inline>> notes = new ArrayList<>();
    lateRows(revisions, notes);
    superseded(notes);
    quarantine(notes);
    if (!c.current().config().equals(c.previous().config())) {
      notes.add(List.of(Inline.text("The configuration differs from the previous release's (the config in each"
          + " _manifest.json), so counting rules it sets may have changed.")));
    }
    inputs(notes);
    return notes;
  }

  private void lateRows(List<Revision> revisions, List<List<Inline>> notes) {
    String after = day(c.previous().asOf());
    Map<String, ReportingPeriod> periods = new LinkedHashMap<>();
    for (Revision r : revisions) {
      ReportingPeriod p = c.previousCounts().periods(r.period().type()).stream()
          .filter(x -> x.label().equals(r.period().label())).findFirst().orElseThrow();
      periods.putIfAbsent(r.period().type() + " " + r.period().label(), p);
    }
    for (ReportingPeriod p : periods.values()) {
      long in = c.lateBetween(p.start(), p.dataTo());
      long prior = p.priorAvailable() ? c.lateBetween(p.priorStart(), p.priorEnd()) : 0;
      if (in == 0 && prior == 0) {
        continue;
      }
      List<Inline> note = new ArrayList<>();
      note.add(Inline.text(PeriodName.counted(p.type(), p.label(), p.dataTo()) + " (" + p.label() + "): counted"
          + " rows recorded after " + after + ", the previous as-of, with a disruption date"));
      if (in > 0) {
        note.add(Inline.text(" in the period: "));
        note.add(late(p.start(), p.dataTo(), in));
      }
      if (prior > 0) {
        note.add(Inline.text((in > 0 ? ";" : "") + " in the span a year earlier: "));
        note.add(late(p.priorStart(), p.priorEnd(), prior));
      }
      note.add(Inline.text("."));
      notes.add(note);
    }
  }

  private Inline late(LocalDate from, LocalDate to, long n) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put(THREAT_AREA, c.previousCounts().threatArea());
    key.put("disruption_date_from", from.toString());
    key.put("disruption_date_to", to.toString());
    key.put("recorded_after", c.previous().asOf().toString());
    return figure("clean/disruptions", LATE, key, n);
  }

  private void superseded(List<List<Inline>> notes) {
    if (c.supersededNow() == c.supersededBefore()) {
      return;
    }
    Map<String, String> key = new LinkedHashMap<>();
    key.put(DATASET, Comparison.DISRUPTIONS_DATASET);
    key.put(SOURCE_SYSTEM, "ALL");
    key.put(OUTCOME, Comparison.SUPERSEDED);
    notes.add(List.of(Inline.text("Disruption rows superseded by a later version of their record: "),
        figure("data_quality", "sum(rows)", key, c.supersededNow()),
        Inline.text(", against "), figure("data_quality", "previous(sum(rows))", key, c.supersededBefore()),
        Inline.text(" in the previous release: versions updated after " + day(c.previous().asOf())
            + " replace rows it counted.")));
  }

  private void quarantine(List<List<Inline>> notes) {
    Set<String> added = new TreeSet<>(c.quarantinedNow());
    added.removeAll(c.quarantinedBefore());
    Set<String> fixed = new TreeSet<>(c.quarantinedBefore());
    fixed.removeAll(c.quarantinedNow());
    Map<String, String> key = new LinkedHashMap<>();
    key.put(DATASET, Comparison.DISRUPTIONS_DATASET);
    if (!added.isEmpty()) {
      notes.add(List.of(figure("quarantine/disruptions", "count(not quarantined in previous)", key, (long) added.size()),
          Inline.text(" disruption " + rows(added.size()) + " newly quarantined (by source file and row number),"
              + " so no longer counted: " + String.join(", ", added) + ".")));
    }
    if (!fixed.isEmpty()) {
      notes.add(List.of(figure("quarantine/disruptions", "count(quarantined only in previous)", key,
              (long) fixed.size()),
          Inline.text(" disruption " + rows(fixed.size()) + " quarantined in the previous release "
              + (fixed.size() == 1 ? "is" : "are") + " not now (fixed, or no longer read): "
              + String.join(", ", fixed) + ".")));
    }
  }

  private void inputs(List<List<Inline>> notes) {
    Set<String> before = new TreeSet<>();
    c.previous().inputs().forEach(i -> before.add(i.sha256()));
    Set<String> now = new TreeSet<>();
    c.current().inputs().forEach(i -> now.add(i.sha256()));
    List<String> added = c.current().inputs().stream().filter(i -> !before.contains(i.sha256()))
        .map(ReleaseRecord.Input::path).toList();
    List<String> gone = c.previous().inputs().stream().filter(i -> !now.contains(i.sha256()))
        .map(ReleaseRecord.Input::path).toList();
    Map<String, String> key = new LinkedHashMap<>();
    key.put("inputs", "ALL");
    if (!added.isEmpty()) {
      notes.add(List.of(figure("manifest", "count(inputs not in previous)", key, (long) added.size()),
          Inline.text(" input " + (added.size() == 1 ? "file is" : "files are") + " new or changed since the"
              + " previous release (by SHA-256): " + String.join(", ", added) + ".")));
    }
    if (!gone.isEmpty()) {
      notes.add(List.of(figure("manifest", "count(previous inputs not read)", key, (long) gone.size()),
          Inline.text(" input " + (gone.size() == 1 ? "file" : "files") + " of the previous release "
              + (gone.size() == 1 ? "is" : "are") + " not read now (by SHA-256): " + String.join(", ", gone) + ".")));
    }
  }

  private Inline figure(String table, String measure, Map<String, String> key, long value) {
    int index = sink.add(section, table, measure, key, value, List.of());
    return new Inline.FigureText(index, DisplayNumber.count(value));
  }

  private static String rows(long n) {
    return n == 1 ? "row" : "rows";
  }

  static String day(LocalDate d) {
    return d.format(DAY);
  }
}
