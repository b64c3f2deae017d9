package org.disruptionanalytics.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A fixed list of choices with relative weights, picked from a seeded random source. */
final class Weighted<T> {
  private final List<T> values = new ArrayList<>();
  private final List<Double> cumulative = new ArrayList<>();
  private double total;

  Weighted<T> add(T value, double weight) {
    total += weight;
    values.add(value);
    cumulative.add(total);
    return this;
  }

  T pick(SplittableRandom r) {
    double u = r.nextDouble() * total;
    for (int i = 0; i < values.size(); i++) {
      if (u < cumulative.get(i)) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }
}
