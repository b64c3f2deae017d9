package org.disruptionanalytics.generator;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome the generator intends for one row, declared where the row is made. A note marks the row
 * as planted: it is listed in PLANTED.md; background rows carry none.
 */
record Expectation(String outcome, List<Reason> reasons, String note) {

  static Expectation background(String outcome) {
    return new Expectation(outcome, List.of(), null);
  }

  static Expectation of(String outcome, String note) {
    return new Expectation(outcome, List.of(), note);
  }

  static Expectation valid(String note) {
    return of(Outcome.VALID, note);
  }

  /** A row that fails validation for all the given reasons; its outcome is the first in contract order. */
  static Expectation quarantined(String note, Reason... reasons) {
    List<Reason> ordered = Arrays.stream(reasons).sorted().distinct().toList();
    return new Expectation(Outcome.quarantined(ordered.get(0)), ordered, note);
  }

  boolean planted() {
    return note != null;
  }
}
