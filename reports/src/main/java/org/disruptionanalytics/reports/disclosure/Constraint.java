package org.disruptionanalytics.reports.disclosure;

import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * One linear constraint of the intruder's programme, sum(terms) sense rhs, kept exact while the
 * presolve substitutes fixed variables into it. {@code origin} names it in error messages.
 */
final class Constraint {

  enum Sense { EQUAL, AT_LEAST, AT_MOST }

  final TreeMap<Integer, Long> terms;
  final Sense sense;
  final String origin;
  BigFraction rhs;

  Constraint(Map<Integer, Long> terms, Sense sense, long rhs, String origin) {
    this.terms = new TreeMap<>(terms);
    this.sense = sense;
    this.rhs = new BigFraction(rhs);
    this.origin = origin;
  }

  boolean allPositive() {
    return terms.values().stream().allMatch(coefficient -> coefficient > 0);
  }

  boolean allNegative() {
    return terms.values().stream().allMatch(coefficient -> coefficient < 0);
  }
}
