package org.disruptionanalytics.reports.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Shrinks the intruder's programme before any simplex runs, in exact arithmetic: fixes the
 * variables the constraints pin (a single unknown in an equality; a sum of non-negative terms that
 * must be 0, as a published zero or a part of a zero total), substitutes them everywhere, and drops
 * constraints that non-negativity alone satisfies. Many small counts make most variables fixed, so
 * what remains splits into small components. A constraint that can no longer hold means the release
 * contradicts its own relations, which is an error in whoever built it.
 */
final class Presolve {

  private final List<Constraint> constraints;
  private final List<List<Integer>> byVariable;
  private final boolean[] dropped;
  private final boolean[] queued;
  private final ArrayDeque<Integer> work = new ArrayDeque<>();
  private final TreeMap<Integer, BigFraction> fixed = new TreeMap<>();
  private final TreeMap<Integer, BigFraction> lower = new TreeMap<>();

  private Presolve(List<Constraint> constraints, int variableCount) {
    this.constraints = constraints;
    this.byVariable = new ArrayList<>(variableCount);
    for (int v = 0; v < variableCount; v++) {
      byVariable.add(new ArrayList<>());
    }
    for (int i = 0; i < constraints.size(); i++) {
      for (int variable : constraints.get(i).terms.keySet()) {
        byVariable.get(variable).add(i);
      }
    }
    this.dropped = new boolean[constraints.size()];
    this.queued = new boolean[constraints.size()];
  }

  /** Presolves {@code constraints} (which it changes) over {@code variableCount} variables. */
  static Presolve of(List<Constraint> constraints, int variableCount) {
    Presolve presolve = new Presolve(constraints, variableCount);
    for (int i = 0; i < constraints.size(); i++) {
      presolve.enqueue(i);
    }
    while (!presolve.work.isEmpty()) {
      int i = presolve.work.poll();
      presolve.queued[i] = false;
      presolve.simplify(i);
    }
    return presolve;
  }

  /** The fixed variables and their values. */
  SortedMap<Integer, BigFraction> fixed() {
    return Collections.unmodifiableSortedMap(fixed);
  }

  /**
   * Lower bounds above 0 of free variables, from constraints on one variable alone (such as a
   * suppressed cell of one variable, >= 1): the programme shifts them rather than keeping a row.
   */
  SortedMap<Integer, BigFraction> lowerBounds() {
    TreeMap<Integer, BigFraction> free = new TreeMap<>(lower);
    free.keySet().removeAll(fixed.keySet());
    return Collections.unmodifiableSortedMap(free);
  }

  /** The constraints still to solve, each with at least one free variable, in their first order. */
  List<Constraint> remaining() {
    List<Constraint> remaining = new ArrayList<>();
    for (int i = 0; i < constraints.size(); i++) {
      if (!dropped[i]) {
        remaining.add(constraints.get(i));
      }
    }
    return remaining;
  }

  private void enqueue(int i) {
    if (!dropped[i] && !queued[i]) {
      queued[i] = true;
      work.add(i);
    }
  }

  private void simplify(int i) {
    if (dropped[i]) {
      return;
    }
    Constraint c = constraints.get(i);
    int sign = c.rhs.getNumerator().signum();
    if (c.terms.isEmpty()) {
      boolean holds = switch (c.sense) {
        case EQUAL -> sign == 0;
        case AT_LEAST -> sign <= 0;
        case AT_MOST -> sign >= 0;
      };
      require(holds, c);
      dropped[i] = true;
      return;
    }
    boolean positive = c.allPositive();
    boolean negative = c.allNegative();
    // Written as sum(a x) <= b or >= b, with every x >= 0.
    boolean cannotExceed = c.sense != Constraint.Sense.AT_LEAST;
    boolean cannotFallShort = c.sense != Constraint.Sense.AT_MOST;
    if (c.sense == Constraint.Sense.EQUAL && c.terms.size() == 1) {
      Map.Entry<Integer, Long> only = c.terms.firstEntry();
      dropped[i] = true;
      fix(only.getKey(), c.rhs.divide(only.getValue()), c);
      return;
    }
    if (c.terms.size() == 1 && ((c.sense == Constraint.Sense.AT_LEAST && positive && sign > 0)
        || (c.sense == Constraint.Sense.AT_MOST && negative && sign < 0))) {
      Map.Entry<Integer, Long> only = c.terms.firstEntry();
      lower.merge(only.getKey(), c.rhs.divide(only.getValue()), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      dropped[i] = true;
      return;
    }
    if ((cannotExceed && positive && sign <= 0) || (cannotFallShort && negative && sign >= 0)) {
      require(sign == 0, c);
      dropped[i] = true;
      for (int variable : new ArrayList<>(c.terms.keySet())) {
        fix(variable, BigFraction.ZERO, c);
      }
      return;
    }
    if ((c.sense == Constraint.Sense.AT_LEAST && positive && sign <= 0)
        || (c.sense == Constraint.Sense.AT_MOST && negative && sign >= 0)) {
      dropped[i] = true;
    }
  }

  private void fix(int variable, BigFraction value, Constraint because) {
    require(value.compareTo(lower.getOrDefault(variable, BigFraction.ZERO)) >= 0, because);
    fixed.put(variable, value);
    for (int j : byVariable.get(variable)) {
      Constraint c = constraints.get(j);
      Long coefficient = c.terms.remove(variable);
      if (coefficient != null) {
        c.rhs = c.rhs.subtract(value.multiply(coefficient));
        enqueue(j);
      }
    }
  }

  private static void require(boolean holds, Constraint c) {
    if (!holds) {
      throw new IllegalStateException("the release contradicts its own relations: no non-negative "
          + "values satisfy " + c.origin + " together with the published and known values");
    }
  }
}
