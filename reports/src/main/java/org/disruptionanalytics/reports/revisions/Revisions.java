package org.disruptionanalytics.reports.revisions;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disruptionanalytics.reports.model.Figure;

/**
 * The comparison of two releases, figure by figure (CONTRACT.md 5.1, flag r): a figure of
 * disruption_counts is revised when the previous release has the same measure for the same key,
 * counted to the same day (data_to), both values are known and they differ. A running period that
 * has grown (a later data_to) is not a revision; a value that only one release gives (new period,
 * suppressed or not available) is not one either.
 *
 * <p>Only measures that are columns of the mart are compared: derived figures (sums over
 * agencies, a severity's percentage or interval) follow from columns that are compared.
 */
public final class Revisions {

  public static final String TABLE = "disruption_counts";

  /** The mart's measure columns, in its order (the order revisions are listed in, within a cell). */
  public static final List<String> MEASURES = List.of(DISRUPTIONS, MAJOR, MODERATE, MINOR, PRIOR_DISRUPTIONS,
      PRIOR_MAJOR, PRIOR_MODERATE, PRIOR_MINOR, CHANGE, PCT_CHANGE, RATIO_CI95_LOW, RATIO_CI95_HIGH,
      CHANGE_SIGNIFICANT);

  private static final List<String> PERIOD_TYPES = List.of("MONTH", "QUARTER", "FY", "CY", "R12");

  private Revisions() {}

  /** Whether a figure is one that revisions compare. */
  public static boolean compared(Figure f) {
    return TABLE.equals(f.table()) && MEASURES.contains(f.measure());
  }

  /**
   * Every revised figure of {@code current} against {@code previous}, once per key and measure
   * however often the report shows it, sorted by threat area, period type (month to R12), period
   * start, agency, region, then measure in the mart's order.
   */
  public static List<Revision> compare(Release current, Release previous) {
    Map<Revision.FigureId, Figure> before = new LinkedHashMap<>();
    for (Figure f : previous.figures()) {
      if (compared(f) && f.value() != null) {
        before.putIfAbsent(new Revision.FigureId(f.key(), f.measure()), f);
      }
    }
    Map<Revision.FigureId, Revision> revised = new LinkedHashMap<>();
    for (Figure f : current.figures()) {
      Revision.FigureId id = new Revision.FigureId(f.key(), f.measure());
      Figure old = before.get(id);
      if (!compared(f) || f.value() == null || old == null || revised.containsKey(id)) {
        continue;
      }
      PeriodSpan span = PeriodSpan.of(f.key().get(PERIOD_TYPE), f.key().get(PERIOD_LABEL));
      LocalDate dataTo = span.dataTo(current.asOf());
      if (!dataTo.equals(span.dataTo(previous.asOf())) || same(old.value(), f.value())) {
        continue;
      }
      List<String> flags = f.flags().stream().filter(x -> !x.equals("r")).toList();
      revised.put(id, new Revision(f.key(), f.measure(), span, dataTo, old.value(), f.value(), flags));
    }
    List<Revision> out = new ArrayList<>(revised.values());
    out.sort(ORDER);
    return out;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y && (a instanceof Double || b instanceof Double)) {
      return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
    }
    return Objects.equals(a, b);
  }

  static final Comparator<Revision> ORDER = Comparator
      .comparing((Revision r) -> r.key().get(THREAT_AREA))
      .thenComparing(r -> PERIOD_TYPES.indexOf(r.period().type().name()))
      .thenComparing(r -> r.period().start())
      .thenComparing(r -> r.key().get(AGENCY_CODE), Revisions::allFirst)
      .thenComparing(r -> r.key().get(REGION_CODE), Revisions::allFirst)
      .thenComparing(r -> MEASURES.indexOf(r.measure()));

  /** ALL before the codes, as the report's tables order them. */
  private static int allFirst(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    return a.equals("ALL") ? -1 : b.equals("ALL") ? 1 : a.compareTo(b);
  }
}
