package org.disruptionanalytics.reports.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Secondary suppression by Gaussian elimination, in the spirit of Statistics Norway's
 * GaussSuppression: the equalities of the release alone decide which cells must go so that no
 * suppressed cell is exactly computable from the published and known ones.
 *
 * <p>Rows always published (known values, zeros) enter the basis first. The cells already
 * suppressed are reduced against it: one that reduces to zero is determined by those alone and
 * cannot be protected (reported, left out of the test). Then the candidates, in the order given (the most wanted published first): a
 * candidate that reduces to zero is already computable, so publishing it reveals nothing and it is
 * published; otherwise publishing it would make a suppressed cell computable exactly when that
 * cell's residual (its row reduced against the basis) is a multiple of the candidate's, since
 * adding the candidate's row then eliminates the residual to zero. Such a candidate is suppressed
 * (its residual joins the others); any other is published, its reduced row joins the basis and the
 * residuals are reduced by it. Residuals are indexed by column, so a step touches only the ones it
 * changes.
 */
final class GaussElimination {

  /** The cells to suppress, and those initially suppressed that the always-published rows determine. */
  record Outcome(Set<String> suppressed, Set<String> determinedByKnown) {
  }

  private final EchelonBasis basis = new EchelonBasis();
  private final Map<String, ExactRow> residuals = new TreeMap<>();
  private final Map<Integer, Set<String>> holders = new HashMap<>();

  private GaussElimination() {
  }

  static Outcome run(ReleaseProblem problem, List<ReleaseCell> alwaysPublished,
      Collection<String> suppressedFirst, List<ReleaseCell> candidatesInOrder) {
    GaussElimination elimination = new GaussElimination();
    for (ReleaseCell known : alwaysPublished) {
      ExactRow reduced = elimination.basis.reduce(ExactRow.of(known.terms()));
      if (!reduced.isZero()) {
        elimination.publish(reduced);
      }
    }
    TreeSet<String> suppressed = new TreeSet<>(suppressedFirst);
    TreeSet<String> determined = new TreeSet<>();
    for (String id : suppressed) {
      ExactRow reduced = elimination.basis.reduce(ExactRow.of(problem.cell(id).terms()));
      if (reduced.isZero()) {
        determined.add(id);
      } else {
        elimination.track(id, reduced);
      }
    }
    for (ReleaseCell candidate : candidatesInOrder) {
      if (suppressed.contains(candidate.id())) {
        continue;
      }
      ExactRow reduced = elimination.basis.reduce(ExactRow.of(candidate.terms()));
      if (reduced.isZero()) {
        continue;
      }
      if (elimination.wouldReveal(reduced)) {
        suppressed.add(candidate.id());
        elimination.track(candidate.id(), reduced);
      } else {
        elimination.publish(reduced);
      }
    }
    return new Outcome(suppressed, determined);
  }

  private boolean wouldReveal(ExactRow candidate) {
    int pivot = candidate.leading();
    for (String id : holders.getOrDefault(pivot, Set.of())) {
      ExactRow residual = residuals.get(id);
      if (residual.columns().size() == candidate.columns().size()
          && residual.eliminate(pivot, candidate).isZero()) {
        return true;
      }
    }
    return false;
  }

  private void publish(ExactRow reduced) {
    int pivot = basis.add(reduced);
    for (String id : new ArrayList<>(holders.getOrDefault(pivot, Set.of()))) {
      ExactRow before = residuals.get(id);
      ExactRow after = before.eliminate(pivot, reduced);
      if (after.isZero()) {
        throw new IllegalStateException("publishing a row made suppressed cell " + id + " computable");
      }
      untrack(id, before);
      track(id, after);
    }
  }

  private void track(String id, ExactRow residual) {
    residuals.put(id, residual);
    for (int column : residual.columns()) {
      holders.computeIfAbsent(column, c -> new TreeSet<>()).add(id);
    }
  }

  private void untrack(String id, ExactRow residual) {
    residuals.remove(id);
    for (int column : residual.columns()) {
      holders.get(column).remove(id);
    }
  }
}
