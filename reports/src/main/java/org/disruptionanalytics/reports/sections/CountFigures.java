package org.disruptionanalytics.reports.sections;

import static org.disruptionanalytics.contract.Columns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.Cell.Shorthand;
import org.disruptionanalytics.reports.model.Inline;

/**
 * Figures of marts/disruption_counts: each measure of a cell becomes one figure of summary.json
 * (exact value, key, flags) and is shown with its display rounding.
 */
final class CountFigures {

  static final String TABLE = "disruption_counts";
  /** Reliability: a comparison with a base under 10 is flagged u. */
  static final long LOW_BASE = 10;

  private final FigureBook book;
  private final String section;
  private final Disclosure disclosure;

  CountFigures(FigureBook book, String section) {
    this(book, section, Disclosure.none());
  }

  CountFigures(FigureBook book, String section, Disclosure disclosure) {
    this.book = book;
    this.section = section;
    this.disclosure = disclosure;
  }

  /** Whether the release shows this measure of the cell. */
  boolean shown(CountCell c, Measure m) {
    return disclosure.hidden(c, m) == null;
  }

  static Map<String, String> key(CountCell c) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put(THREAT_AREA, c.threatArea());
    key.put(PERIOD_TYPE, c.periodType());
    key.put(PERIOD_LABEL, c.periodLabel());
    key.put(AGENCY_CODE, c.agencyCode());
    key.put(REGION_CODE, c.regionCode());
    return key;
  }

  /** One measure of a cell as a table cell. */
  Cell cell(CountCell c, Measure m) {
    Shown s = show(c, m);
    return new Cell(s.csv, s.display, s.figure);
  }

  Inline.FigureText text(CountCell c, Measure m) {
    Shown s = show(c, m);
    return new Inline.FigureText(s.figure, s.display);
  }

  /** A measure shown with other words than its usual display ("4.2%" after "rose by"). */
  Inline.FigureText textAs(CountCell c, Measure m, String display) {
    Shown s = show(c, m);
    return new Inline.FigureText(s.figure, display);
  }

  /** A derived figure of a cell (a severity's change), with the measure named for what it is. */
  Inline.FigureText derived(CountCell c, String measure, Object value, String display, Long base) {
    List<String> flags = flags(c, value, base, true);
    int index = book.add(section, TABLE, measure, key(c), value, flags);
    return new Inline.FigureText(index, value == null ? shorthand(flags).text() : display);
  }

  private record Shown(Object csv, String display, int figure) {}

  private Shown show(CountCell c, Measure m) {
    Shorthand hidden = disclosure.hidden(c, m);
    if (hidden != null) {
      List<String> flags = new ArrayList<>();
      if (!c.complete()) {
        flags.add("p");
      }
      flags.add(hidden.name().toLowerCase(java.util.Locale.ROOT));
      int index = book.add(section, TABLE, m.column, key(c), null, flags);
      return new Shown(hidden, hidden.text(), index);
    }
    Object value = value(c, m);
    List<String> flags = flags(c, value, c.priorDisruptions(), m.comparesWithPrior() || m == Measure.CHANGE_);
    int index = book.add(section, TABLE, m.column, key(c), value, flags);
    if (value == null) {
      Shorthand s = shorthand(flags);
      return new Shown(s, s.text(), index);
    }
    return new Shown(value, display(c, m, value), index);
  }

  /**
   * p for a running period; x where the prior is not available; z where a value does not apply
   * (a percentage or upper bound against a prior of 0); u where a comparison rests on a prior
   * under 10.
   */
  static List<String> flags(CountCell c, Object value, Long base, boolean comparison) {
    List<String> flags = new ArrayList<>();
    if (!c.complete()) {
      flags.add("p");
    }
    if (comparison && base != null && base < LOW_BASE && value != null) {
      flags.add("u");
    }
    if (value == null) {
      flags.add(base == null ? "x" : "z");
    }
    return flags;
  }

  static Shorthand shorthand(List<String> flags) {
    return flags.contains("x") ? Shorthand.X : Shorthand.Z;
  }

  static Object value(CountCell c, Measure m) {
    return switch (m) {
      case DISRUPTIONS_ -> c.disruptions();
      case MAJOR_ -> c.major();
      case MODERATE_ -> c.moderate();
      case MINOR_ -> c.minor();
      case PRIOR_DISRUPTIONS_ -> c.priorDisruptions();
      case PRIOR_MAJOR_ -> c.priorMajor();
      case PRIOR_MODERATE_ -> c.priorModerate();
      case PRIOR_MINOR_ -> c.priorMinor();
      case CHANGE_ -> c.change();
      case PCT_CHANGE_ -> c.pctChange();
      case RATIO_CI95_LOW_ -> c.ratioLow();
      case RATIO_CI95_HIGH_ -> c.ratioHigh();
      case CHANGE_SIGNIFICANT_ -> c.changeSignificant();
    };
  }

  private static String display(CountCell c, Measure m, Object value) {
    return switch (m) {
      case CHANGE_ -> Words.signed((Long) value);
      case PCT_CHANGE_ -> Words.pctChange(c.disruptions(), c.priorDisruptions());
      case RATIO_CI95_LOW_, RATIO_CI95_HIGH_ -> Words.bound((Double) value);
      case CHANGE_SIGNIFICANT_ -> ((Boolean) value) ? "yes" : "no";
      default -> Words.count((Long) value);
    };
  }
}
