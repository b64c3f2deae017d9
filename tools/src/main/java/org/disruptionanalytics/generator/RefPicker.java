package org.disruptionanalytics.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Picks a reference (`<SYSTEM>:<local id>`) to a record generated elsewhere: a register group, an investigation. */
@FunctionalInterface
interface RefPicker {
  String pick(SplittableRandom r);

  static RefPicker of(List<String> refs) {
    List<String> copy = List.copyOf(refs);
    return r -> copy.get(r.nextInt(copy.size()));
  }
}
