package org.disruptionanalytics.reports.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Chooses the cells of a release to suppress ({@code [c]}) so that no suppressed value can be
 * worked out, exactly or to fewer than {@link SuppressionRule#minValues()} integers, by the
 * {@link Intruder}: an LP relaxation that knows every published value, every relation of the
 * problem, that every variable is >= 0, that every suppressed cell is >= 1 (zeros are published)
 * and every known value (such as the previous release's).
 *
 * <p>Not protected against: an intruder solving the integer programme, which can sometimes narrow a
 * cell further than the relaxation; knowledge from outside beyond the known values modelled; and
 * differencing with releases that are not modelled as known values. A primary cell that the known
 * values alone determine cannot be protected by suppressing anything: it stays suppressed and is
 * named in the log.
 */
public final class Suppression {

  /** The order in which candidates are offered for publication: most wanted first. */
  private static final Comparator<ReleaseCell> PUBLISH_ORDER =
      Comparator.comparingDouble(ReleaseCell::keepPriority).reversed()
          .thenComparing(Comparator.comparingLong(ReleaseCell::value).reversed())
          .thenComparing(ReleaseCell::id);

  /** The order in which published cells are given up to the intruder: least wanted first. */
  private static final Comparator<ReleaseCell> SACRIFICE_ORDER =
      Comparator.comparingDouble(ReleaseCell::keepPriority)
          .thenComparingLong(ReleaseCell::value)
          .thenComparing(ReleaseCell::id);

  private Suppression() {
  }

  /**
   * Primary: cells with a value from 1 to {@code rule.primaryMax()}; zeros are always published.
   * Secondary: Gaussian elimination ({@link GaussElimination}) over the other cells in order of
   * decreasing keepPriority (ties: larger value, then id) suppresses every cell whose publication
   * would make a suppressed cell exactly computable. Then the intruder, in a loop: while it narrows
   * a suppressed cell, the published cell that is least wanted (lowest keepPriority, then smallest
   * value, then id) among those sharing a variable with the narrowed cell or with a relation on it
   * (failing those, the nearest ones through cells and relations) is suppressed as well, and the
   * elimination is run again with it. Each round suppresses at least one more cell, or finds a
   * cell nothing can protect (logged), so the loop ends. Deterministic: no result depends on hash
   * order.
   */
  public static Protection protect(ReleaseProblem problem, SuppressionRule rule) {
    List<String> log = new ArrayList<>();
    TreeSet<String> primary = new TreeSet<>();
    List<ReleaseCell> candidates = new ArrayList<>();
    List<ReleaseCell> alwaysPublished = new ArrayList<>(problem.knownCells());
    for (ReleaseCell cell : problem.releaseCells()) {
      if (rule.primary(cell.value())) {
        primary.add(cell.id());
      } else if (cell.value() == 0) {
        alwaysPublished.add(cell);
      } else {
        candidates.add(cell);
      }
    }
    candidates.sort(PUBLISH_ORDER);
    Neighbourhood neighbourhood = new Neighbourhood(problem);

    TreeSet<String> forced = new TreeSet<>();
    TreeSet<String> unprotectable = new TreeSet<>();
    int rounds = 0;
    int programmes = 0;
    Set<String> suppressed;
    Set<String> lastDeterminedByKnown = Set.of();
    while (true) {
      TreeSet<String> first = new TreeSet<>(primary);
      first.addAll(forced);
      GaussElimination.Outcome outcome = GaussElimination.run(problem, alwaysPublished, first, candidates);
      for (String id : outcome.determinedByKnown()) {
        if (primary.contains(id) && unprotectable.add(id)) {
          log.add(id + " (value " + problem.cell(id).value() + ") is determined by known values (and"
              + " published zeros): kept suppressed, but no suppression can protect it");
        }
      }
      suppressed = outcome.suppressed();
      lastDeterminedByKnown = outcome.determinedByKnown();
      Intruder intruder = Intruder.of(problem, suppressed);
      TreeSet<String> narrowed = new TreeSet<>(intruder.narrowed(rule.minValues()));
      rounds++;
      programmes += intruder.statistics().linearProgrammes();
      narrowed.removeAll(unprotectable);
      narrowed.removeAll(outcome.determinedByKnown());
      if (narrowed.isEmpty()) {
        break;
      }
      List<ReleaseCell> chosen = new ArrayList<>();
      for (String id : narrowed) {
        if (chosen.stream().anyMatch(cell -> neighbourhood.adjacent(id, cell))) {
          continue;
        }
        Set<String> taken = suppressed;
        Optional<ReleaseCell> sacrifice = neighbourhood.nearest(id,
            cell -> !taken.contains(cell.id()) && cell.value() != 0, SACRIFICE_ORDER);
        if (sacrifice.isPresent()) {
          chosen.add(sacrifice.get());
          forced.add(sacrifice.get().id());
          log.add("round " + rounds + ": the intruder narrows " + id + " to fewer than "
              + rule.minValues() + " values; suppress " + sacrifice.get().id());
        } else {
          unprotectable.add(id);
          log.add("round " + rounds + ": the intruder narrows " + id + " to fewer than "
              + rule.minValues() + " values and no published cell is left to suppress near it");
        }
      }
    }
    TreeSet<String> secondary = new TreeSet<>(suppressed);
    secondary.removeAll(primary);
    // A secondary suppression that known values (the previous release) determine hides nothing
    // and protects nothing: it is published again.
    TreeSet<String> known = new TreeSet<>(secondary);
    known.retainAll(lastDeterminedByKnown);
    if (!known.isEmpty()) {
      secondary.removeAll(known);
      log.add("published again, as known values determine them: " + known);
    }
    log.add("primary " + primary.size() + ", secondary " + secondary.size() + " of "
        + problem.releaseCells().size() + " cells; intruder rounds " + rounds + ", linear programmes "
        + programmes);
    return new Protection(primary, secondary, rounds, log);
  }

  /** Which cells and relations share variables, to find the published cells near a narrowed one. */
  private static final class Neighbourhood {

    private final ReleaseProblem problem;
    private final Map<Integer, List<ReleaseCell>> cellsByVariable = new HashMap<>();
    private final Map<Integer, List<AtMost>> relationsByVariable = new HashMap<>();

    Neighbourhood(ReleaseProblem problem) {
      this.problem = problem;
      for (ReleaseCell cell : problem.releaseCells()) {
        cell.terms().keySet().forEach(v -> cellsByVariable.computeIfAbsent(v, k -> new ArrayList<>()).add(cell));
      }
      for (AtMost relation : problem.relations()) {
        Set<Integer> variables = new TreeSet<>(relation.lhs().keySet());
        variables.addAll(relation.rhs().keySet());
        variables.forEach(v -> relationsByVariable.computeIfAbsent(v, k -> new ArrayList<>()).add(relation));
      }
    }

    /** The variables of the cell and of every relation on one of them. */
    private Set<Integer> reach(Set<Integer> variables) {
      Set<Integer> reach = new HashSet<>(variables);
      for (int v : variables) {
        for (AtMost relation : relationsByVariable.getOrDefault(v, List.of())) {
          reach.addAll(relation.lhs().keySet());
          reach.addAll(relation.rhs().keySet());
        }
      }
      return reach;
    }

    boolean adjacent(String id, ReleaseCell other) {
      Set<Integer> reach = reach(problem.cell(id).terms().keySet());
      return other.terms().keySet().stream().anyMatch(reach::contains);
    }

    /**
     * The first cell in {@code order} that {@code eligible} accepts among those on the reach of the
     * cell; failing any, the reach grows by every cell on it, and so on until nothing more joins.
     */
    Optional<ReleaseCell> nearest(String id, Predicate<ReleaseCell> eligible,
        Comparator<ReleaseCell> order) {
      Set<Integer> reach = reach(problem.cell(id).terms().keySet());
      while (true) {
        TreeSet<ReleaseCell> found = new TreeSet<>(order);
        Set<Integer> grown = new HashSet<>(reach);
        for (int v : reach) {
          for (ReleaseCell cell : cellsByVariable.getOrDefault(v, List.of())) {
            if (!cell.id().equals(id) && eligible.test(cell)) {
              found.add(cell);
            }
            grown.addAll(cell.terms().keySet());
          }
        }
        if (!found.isEmpty()) {
          return Optional.of(found.first());
        }
        grown = reach(grown);
        if (grown.size() == reach.size()) {
          return Optional.empty();
        }
        reach = grown;
      }
    }
  }
}
