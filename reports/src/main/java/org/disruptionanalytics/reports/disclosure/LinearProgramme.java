package org.disruptionanalytics.reports.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
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
  /** Each variable's lower bound: the simplex solves for x - lower >= 0. */
  private final double[] lower;
  private final Map<Integer, Integer> local = new TreeMap<>();
  private final LinearConstraintSet constraints;
  private final int maxIterations;
  private int solved;
  private long nanos;

  LinearProgramme(SortedSet<Integer> variables, List<Constraint> constraints,
      Map<Integer, BigFraction> lowerBounds) {
    this.variables = variables.stream().mapToInt(Integer::intValue).toArray();
    this.lower = new double[this.variables.length];
    for (int i = 0; i < this.variables.length; i++) {
      local.put(this.variables[i], i);
      BigFraction bound = lowerBounds.get(this.variables[i]);
      lower[i] = bound == null ? 0 : bound.doubleValue();
    }
    List<LinearConstraint> rows = new ArrayList<>(constraints.size());
    for (Constraint c : constraints) {
      double[] row = dense(c.terms);
      rows.add(new LinearConstraint(row, relationship(c.sense), c.rhs.doubleValue() - shift(row)));
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
    return optimise(terms, goal, null);
  }

  /**
   * The optimum of sum(terms) with sum(terms) <= cap as well (no cap when null): a point of this
   * programme all the same, for when only a feasible point far along a direction is wanted.
   */
  Solution optimise(Map<Integer, Long> terms, GoalType goal, Double cap) {
    LinearConstraintSet constraints = this.constraints;
    if (cap != null) {
      List<LinearConstraint> capped = new ArrayList<>(constraints.getConstraints());
      double[] row = dense(terms);
      capped.add(new LinearConstraint(row, Relationship.LEQ, cap - shift(row)));
      constraints = new LinearConstraintSet(capped);
    }
    double[] coefficients = dense(terms);
    LinearObjectiveFunction objective = new LinearObjectiveFunction(coefficients, shift(coefficients));
    long start = System.nanoTime();
    PointValuePair optimum;
    try {
      optimum = new SimplexSolver().optimize(new MaxIter(maxIterations), objective, constraints,
          goal, new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
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
      point.put(variables[i], lower[i] + x[i]);
    }
    return new Solution(optimum.getValue(), point);
  }

  private double[] dense(Map<Integer, Long> terms) {
    double[] row = new double[variables.length];
    terms.forEach((variable, coefficient) -> row[local.get(variable)] += coefficient);
    return row;
  }

  /** What the lower bounds contribute to sum(row * x). */
  private double shift(double[] row) {
    double shift = 0;
    for (int i = 0; i < row.length; i++) {
      shift += row[i] * lower[i];
    }
    return shift;
  }

  private static Relationship relationship(Constraint.Sense sense) {
    return switch (sense) {
      case EQUAL -> Relationship.EQ;
      case AT_LEAST -> Relationship.GEQ;
      case AT_MOST -> Relationship.LEQ;
    };
  }
}
