package org.disruptionanalytics.reports.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a release says and what an intruder knows, as linear algebra: non-negative integer unknowns
 * (variables), the cells of the release as integer linear expressions over them with their true
 * values, values known from elsewhere, and inequalities that always hold. Generic: it knows nothing
 * of periods, agencies or severities; whoever builds it models those as terms and relations.
 */
public final class ReleaseProblem {

  private final List<String> variables;
  private final Map<String, ReleaseCell> cells;
  private final List<AtMost> relations;

  private ReleaseProblem(Builder builder) {
    this.variables = List.copyOf(builder.variables);
    this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(builder.cells));
    this.relations = List.copyOf(builder.relations);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Variable names by index. */
  public List<String> variables() {
    return variables;
  }

  /** Every cell, release cells and known ones, in the order they were added. */
  public List<ReleaseCell> allCells() {
    return List.copyOf(cells.values());
  }

  /** The cells of the release (those that may be suppressed), in the order they were added. */
  public List<ReleaseCell> releaseCells() {
    return cells.values().stream().filter(cell -> !cell.known()).toList();
  }

  /** The values known from elsewhere, in the order they were added. */
  public List<ReleaseCell> knownCells() {
    return cells.values().stream().filter(ReleaseCell::known).toList();
  }

  public ReleaseCell cell(String id) {
    ReleaseCell cell = cells.get(id);
    if (cell == null) {
      throw new IllegalArgumentException("no cell " + id);
    }
    return cell;
  }

  public boolean hasCell(String id) {
    return cells.containsKey(id);
  }

  public List<AtMost> relations() {
    return relations;
  }

  public static final class Builder {

    private final List<String> variables = new ArrayList<>();
    private final Map<String, Integer> variableIndex = new LinkedHashMap<>();
    private final Map<String, ReleaseCell> cells = new LinkedHashMap<>();
    private final List<AtMost> relations = new ArrayList<>();

    private Builder() {
    }

    /** A new non-negative integer unknown; returns its index. Names are unique. */
    public int variable(String name) {
      Objects.requireNonNull(name, "variable name");
      if (variableIndex.containsKey(name)) {
        throw new IllegalArgumentException("variable " + name + " defined twice");
      }
      variableIndex.put(name, variables.size());
      variables.add(name);
      return variables.size() - 1;
    }

    /**
     * A cell of the release: {@code value} = sum(coefficient * variable) over {@code terms}. A higher
     * {@code keepPriority} is preferred to stay published (totals, large cells).
     */
    public Builder cell(String id, long value, double keepPriority, Map<Integer, Long> terms) {
      // The intruder takes every suppressed cell to be >= 1, true only of counts.
      if (value < 0) {
        throw new IllegalArgumentException("cell " + id + ": a count cannot be negative: " + value);
      }
      if (!Double.isFinite(keepPriority)) {
        throw new IllegalArgumentException("cell " + id + ": keepPriority must be finite");
      }
      return add(new ReleaseCell(id, value, keepPriority, checked(id, terms), false));
    }

    /** A value the intruder knows from elsewhere: never suppressed, never a candidate. */
    public Builder known(String id, long value, Map<Integer, Long> terms) {
      return add(new ReleaseCell(id, value, 0, checked(id, terms), true));
    }

    /** sum(lhs) <= sum(rhs), always true of the data. */
    public Builder atMost(Map<Integer, Long> lhs, Map<Integer, Long> rhs) {
      String where = "relation " + (relations.size() + 1);
      AtMost relation = new AtMost(checked(where, lhs), checked(where, rhs));
      if (relation.slack().isEmpty()) {
        throw new IllegalArgumentException(where + ": both sides are the same expression");
      }
      relations.add(relation);
      return this;
    }

    public ReleaseProblem build() {
      return new ReleaseProblem(this);
    }

    private Builder add(ReleaseCell cell) {
      Objects.requireNonNull(cell.id(), "cell id");
      if (cells.putIfAbsent(cell.id(), cell) != null) {
        throw new IllegalArgumentException("cell " + cell.id() + " defined twice");
      }
      return this;
    }

    private SortedMap<Integer, Long> checked(String where, Map<Integer, Long> terms) {
      Objects.requireNonNull(terms, where + ": terms");
      if (terms.isEmpty()) {
        throw new IllegalArgumentException(where + ": no terms");
      }
      TreeMap<Integer, Long> sorted = new TreeMap<>();
      terms.forEach((variable, coefficient) -> {
        if (variable == null || variable < 0 || variable >= variables.size()) {
          throw new IllegalArgumentException(where + ": no variable " + variable);
        }
        if (coefficient == null || coefficient == 0) {
          throw new IllegalArgumentException(where + ": coefficient of " + variables.get(variable)
              + " must be non-zero");
        }
        sorted.put(variable, coefficient);
      });
      return sorted;
    }
  }
}
