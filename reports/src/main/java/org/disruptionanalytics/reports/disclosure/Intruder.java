package org.disruptionanalytics.reports.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The intruder of a candidate release: an LP relaxation that knows every published value, every
 * known value, every relation, that every variable is >= 0 and that every suppressed cell is >= 1
 * (zeros are published), and minimises and maximises each suppressed cell.
 *
 * <p>It is weaker than an intruder who solves the integer programme: integrality can sometimes
 * narrow a cell further than the relaxation (a release this intruder fails on is not proven safe
 * against that one). It knows nothing beyond the problem it is given: outside knowledge, and
 * differencing with other releases, count only as far as they are modelled as known values.
 *
 * <p>Cheap by construction: an exact presolve fixes what the constraints pin and drops what
 * non-negativity satisfies; the rest splits into connected components (variables linked by a
 * constraint or by a suppressed cell), and each cell's programmes run over its component only.
 */
public final class Intruder {

  /** What the intruder learns of one suppressed cell: its minimum and maximum (null: unbounded). */
  public record Range(double min, Double max) {

    private static final double TOLERANCE = 1e-6;

    /**
     * Fewer than {@code minValues} integers lie in the range: floor(max) - ceil(min) <
     * minValues - 1, allowing 1e-6 for floating point.
     */
    public boolean narrowed(int minValues) {
      if (max == null) {
        return false;
      }
      return Math.floor(max + TOLERANCE) - Math.ceil(min - TOLERANCE) < minValues - 1;
    }
  }

  /** How big the programmes were and how long the simplex took, over every programme solved. */
  public record Statistics(int fixedVariables, int components, int largestComponentVariables,
      int largestComponentConstraints, int linearProgrammes, long solverNanos) {
  }

  /** A suppressed cell's expression over free variables, plus what its fixed variables add. */
  private record Objective(SortedMap<Integer, Long> terms, double constant, int component) {
  }

  private final SortedMap<String, Objective> objectives = new TreeMap<>();
  private final SortedMap<Integer, LinearProgramme> programmes = new TreeMap<>();
  private final SortedMap<Integer, List<String>> cellsByComponent = new TreeMap<>();
  private final int fixedVariables;

  private Intruder(ReleaseProblem problem, Set<String> suppressed) {
    List<Constraint> constraints = constraints(problem, suppressed);
    Presolve presolve = Presolve.of(constraints, problem.variables().size());
    SortedMap<Integer, BigFraction> fixed = presolve.fixed();
    this.fixedVariables = fixed.size();
    List<Constraint> remaining = presolve.remaining();

    UnionFind components = new UnionFind(problem.variables().size());
    remaining.forEach(c -> components.unite(c.terms.keySet()));
    for (String id : new TreeSet<>(suppressed)) {
      TreeMap<Integer, Long> free = new TreeMap<>();
      double constant = 0;
      for (Map.Entry<Integer, Long> term : problem.cell(id).terms().entrySet()) {
        BigFraction value = fixed.get(term.getKey());
        if (value == null) {
          free.put(term.getKey(), term.getValue());
        } else {
          constant += value.doubleValue() * term.getValue();
        }
      }
      components.unite(free.keySet());
      objectives.put(id, new Objective(free, constant, -1));
    }
    TreeMap<Integer, TreeSet<Integer>> variablesByComponent = new TreeMap<>();
    TreeMap<Integer, List<Constraint>> constraintsByComponent = new TreeMap<>();
    for (Constraint c : remaining) {
      int root = components.find(c.terms.firstKey());
      constraintsByComponent.computeIfAbsent(root, r -> new ArrayList<>()).add(c);
      variablesByComponent.computeIfAbsent(root, r -> new TreeSet<>()).addAll(c.terms.keySet());
    }
    for (Map.Entry<String, Objective> entry : objectives.entrySet()) {
      Objective objective = entry.getValue();
      if (objective.terms().isEmpty()) {
        continue;
      }
      int root = components.find(objective.terms().firstKey());
      variablesByComponent.computeIfAbsent(root, r -> new TreeSet<>()).addAll(objective.terms().keySet());
      entry.setValue(new Objective(objective.terms(), objective.constant(), root));
      cellsByComponent.computeIfAbsent(root, r -> new ArrayList<>()).add(entry.getKey());
    }
    for (int root : cellsByComponent.keySet()) {
      programmes.put(root, new LinearProgramme(variablesByComponent.get(root),
          constraintsByComponent.getOrDefault(root, List.of()), presolve.lowerBounds()));
    }
  }

  /** Prepares the intruder's programmes for {@code suppressed} (release cells of {@code problem}). */
  public static Intruder of(ReleaseProblem problem, Set<String> suppressed) {
    return new Intruder(problem, suppressed);
  }

  /**
   * For each suppressed cell, by id, the minimum and maximum of its expression subject to
   * published = value, known = value, suppressed >= 1, every relation and variables >= 0.
   */
  public static Map<String, Range> attack(ReleaseProblem problem, Set<String> suppressed) {
    return of(problem, suppressed).ranges();
  }

  /** Every suppressed cell's exact LP range (two programmes per cell not fixed by the presolve). */
  public Map<String, Range> ranges() {
    Map<String, Range> ranges = new LinkedHashMap<>();
    objectives.forEach((id, objective) -> {
      if (objective.terms().isEmpty()) {
        ranges.put(id, new Range(objective.constant(), objective.constant()));
        return;
      }
      LinearProgramme programme = programmes.get(objective.component());
      LinearProgramme.Solution low = programme.optimise(objective.terms(), GoalType.MINIMIZE);
      LinearProgramme.Solution high = programme.optimise(objective.terms(), GoalType.MAXIMIZE);
      double min = low == null ? Double.NEGATIVE_INFINITY : objective.constant() + low.value();
      Double max = high == null ? null : objective.constant() + high.value();
      ranges.put(id, new Range(min, max));
    });
    return Collections.unmodifiableMap(ranges);
  }

  /**
   * The suppressed cells the intruder narrows to fewer than {@code minValues} integers, sorted. The
   * same verdict as {@link #ranges()} with far fewer programmes: every optimum is a feasible point,
   * and a cell whose values at the points seen so far already span minValues integers cannot be
   * narrowed (its true range holds them), so its own programmes are skipped. Each component starts
   * with the point that minimises the sum of its suppressed cells, then maximises the sum of those
   * not yet shown wide while that shows more; only the rest get programmes of their own.
   */
  public Set<String> narrowed(int minValues) {
    TreeSet<String> narrowed = new TreeSet<>();
    objectives.forEach((id, objective) -> {
      if (objective.terms().isEmpty()
          && new Range(objective.constant(), objective.constant()).narrowed(minValues)) {
        narrowed.add(id);
      }
    });
    cellsByComponent.forEach((root, ids) -> narrowed.addAll(narrowedIn(programmes.get(root), ids, minValues)));
    return Collections.unmodifiableSortedSet(narrowed);
  }

  public Statistics statistics() {
    int largestVariables = 0;
    int largestConstraints = 0;
    int solved = 0;
    long nanos = 0;
    for (LinearProgramme programme : programmes.values()) {
      largestVariables = Math.max(largestVariables, programme.variableCount());
      largestConstraints = Math.max(largestConstraints, programme.constraintCount());
      solved += programme.solved();
      nanos += programme.nanos();
    }
    return new Statistics(fixedVariables, programmes.size(), largestVariables, largestConstraints,
        solved, nanos);
  }

  private static List<Constraint> constraints(ReleaseProblem problem, Set<String> suppressed) {
    for (String id : suppressed) {
      if (!problem.hasCell(id) || problem.cell(id).known()) {
        throw new IllegalArgumentException("not a cell of the release: " + id);
      }
    }
    List<Constraint> constraints = new ArrayList<>();
    for (ReleaseCell cell : problem.allCells()) {
      if (suppressed.contains(cell.id())) {
        constraints.add(new Constraint(cell.terms(), Constraint.Sense.AT_LEAST, 1,
            "suppressed " + cell.id() + " >= 1"));
      } else {
        constraints.add(new Constraint(cell.terms(), Constraint.Sense.EQUAL, cell.value(),
            (cell.known() ? "known " : "published ") + cell.id() + " = " + cell.value()));
      }
    }
    int number = 0;
    for (AtMost relation : problem.relations()) {
      number++;
      constraints.add(new Constraint(relation.slack(), Constraint.Sense.AT_LEAST, 0,
          "relation " + number + " (lhs <= rhs)"));
    }
    return constraints;
  }

  private Set<String> narrowedIn(LinearProgramme programme, List<String> ids, int minValues) {
    Witnesses seen = new Witnesses(ids.size());
    seen.add(ids, programme.optimise(signedSum(ids, seen, minValues, null), GoalType.MINIMIZE));
    // Points far along random directions (each open cell pushed up or down; seeded, so
    // deterministic) show many cells wide per programme; stop once two in a row show none more.
    Random signs = new Random(ids.size());
    int open = seen.open(minValues);
    int idle = 0;
    while (open > 0 && idle < 2) {
      TreeMap<Integer, Long> direction = signedSum(ids, seen, minValues, signs);
      // Capped, since a direction along which a cell is unbounded has no optimum.
      double cap = 1000.0 + 100.0 * open;
      seen.add(ids, programme.optimise(direction, GoalType.MAXIMIZE, cap));
      int stillOpen = seen.open(minValues);
      idle = stillOpen < open ? 0 : idle + 1;
      open = stillOpen;
    }
    TreeSet<String> narrowed = new TreeSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (seen.wide(i, minValues)) {
        continue;
      }
      Objective objective = objectives.get(ids.get(i));
      LinearProgramme.Solution high = programme.optimise(objective.terms(), GoalType.MAXIMIZE);
      if (high == null) {
        continue;
      }
      seen.add(ids, high);
      if (seen.wide(i, minValues)) {
        continue;
      }
      LinearProgramme.Solution low = programme.optimise(objective.terms(), GoalType.MINIMIZE);
      if (low == null) {
        continue;
      }
      seen.add(ids, low);
      Range exact = new Range(objective.constant() + low.value(), objective.constant() + high.value());
      if (exact.narrowed(minValues)) {
        narrowed.add(ids.get(i));
      }
    }
    return narrowed;
  }

  /**
   * The sum of the cells' expressions: of all, or (with {@code signs}) of those not yet shown wide,
   * each added or subtracted at random.
   */
  private TreeMap<Integer, Long> signedSum(List<String> ids, Witnesses seen, int minValues, Random signs) {
    TreeMap<Integer, Long> sum = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (signs == null || !seen.wide(i, minValues)) {
        long sign = signs == null || signs.nextBoolean() ? 1 : -1;
        objectives.get(ids.get(i)).terms().forEach((variable, coefficient) -> sum.merge(variable, sign * coefficient, Long::sum));
      }
    }
    sum.values().removeIf(coefficient -> coefficient == 0);
    return sum;
  }

  /** The lowest and highest value of each cell of a component at the feasible points seen. */
  private final class Witnesses {

    private final double[] low;
    private final double[] high;

    Witnesses(int cells) {
      low = new double[cells];
      high = new double[cells];
      Arrays.fill(low, Double.POSITIVE_INFINITY);
      Arrays.fill(high, Double.NEGATIVE_INFINITY);
    }

    void add(List<String> ids, LinearProgramme.Solution solution) {
      if (solution == null) {
        return;
      }
      for (int i = 0; i < ids.size(); i++) {
        Objective objective = objectives.get(ids.get(i));
        double value = objective.constant();
        for (Map.Entry<Integer, Long> term : objective.terms().entrySet()) {
          value += term.getValue() * solution.point().get(term.getKey());
        }
        low[i] = Math.min(low[i], value);
        high[i] = Math.max(high[i], value);
      }
    }

    int open(int minValues) {
      int open = 0;
      for (int i = 0; i < low.length; i++) {
        open += wide(i, minValues) ? 0 : 1;
      }
      return open;
    }

    boolean wide(int i, int minValues) {
      return high[i] >= low[i] && !new Range(low[i], high[i]).narrowed(minValues);
    }
  }
}
