package org.disruptionanalytics.reports.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.exception.TooManyIterationsException;

/**
 * The intruder's linear programme over one component of free variables: the same constraints for
 * every objective, solved by commons-math3's simplex with every variable >= 0.
 */
final class LinearProgramme {

  /** An optimum: the objective's value (without any constant) and the point, by variable index. */
  record Solution(double value, Map<Integer, Double> point) {
  }

  private final int[] variables;
  private final Map<Integer, Integer> local = new TreeMap<>();
  private final LinearConstraintSet constraints;
  private final int maxIterations;
  private int solved;
  private long nanos;

  LinearProgramme(SortedSet<Integer> variables, List<Constraint> constraints) {
    this.variables = variables.stream().mapToInt(Integer::intValue).toArray();
    for (int i = 0; i < this.variables.length; i++) {
      local.put(this.variables[i], i);
    }
    List<LinearConstraint> rows = new ArrayList<>(constraints.size());
    for (Constraint c : constraints) {
      rows.add(new LinearConstraint(dense(c.terms), relationship(c.sense), c.rhs.doubleValue()));
    }
    this.constraints = new LinearConstraintSet(rows);
    // Simplex takes a few pivots per row in practice; the bound only stops a runaway.
    this.maxIterations = 1000 + 50 * (rows.size() + this.variables.length);
  }

  int variableCount() {
    return variables.length;
  }

  int constraintCount() {
    return constraints.getConstraints().size();
  }

  int solved() {
    return solved;
  }

  long nanos() {
    return nanos;
  }

  /** The optimum of sum(terms) (variables of this component), or null when it is unbounded. */
  Solution optimise(Map<Integer, Long> terms, GoalType goal) {
    LinearObjectiveFunction objective = new LinearObjectiveFunction(dense(terms), 0);
    long start = System.nanoTime();
    PointValuePair optimum;
    try {
      optimum = new SimplexSolver().optimize(new MaxIter(maxIterations), objective, constraints,
          goal, new NonNegativeConstraint(true));
    } catch (UnboundedSolutionException unbounded) {
      return null;
    } catch (NoFeasibleSolutionException infeasible) {
      throw new IllegalStateException("the release contradicts its own relations: no non-negative "
          + "values satisfy the published and known values, [c] >= 1 and every relation of the "
          + "component of " + variables.length + " variables", infeasible);
    } catch (TooManyIterationsException slow) {
      throw new IllegalStateException("simplex did not finish in " + maxIterations
          + " iterations over " + variables.length + " variables", slow);
    } finally {
      solved++;
      nanos += System.nanoTime() - start;
    }
    Map<Integer, Double> point = new TreeMap<>();
    double[] x = optimum.getPointRef();
    for (int i = 0; i < variables.length; i++) {
      point.put(variables[i], x[i]);
    }
    return new Solution(optimum.getValue(), point);
  }

  private double[] dense(Map<Integer, Long> terms) {
    double[] row = new double[variables.length];
    terms.forEach((variable, coefficient) -> row[local.get(variable)] += coefficient);
    return row;
  }

  private static Relationship relationship(Constraint.Sense sense) {
    return switch (sense) {
      case EQUAL -> Relationship.EQ;
      case AT_LEAST -> Relationship.GEQ;
      case AT_MOST -> Relationship.LEQ;
    };
  }
}
