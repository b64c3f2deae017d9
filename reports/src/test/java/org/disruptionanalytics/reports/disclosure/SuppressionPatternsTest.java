package org.disruptionanalytics.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Minimal releases whose right suppressions are worked out by hand in the comments. */
class SuppressionPatternsTest {

  private static final SuppressionRule RULE = SuppressionRule.standard();

  private static Map<Integer, Long> sum(int... variables) {
    TreeMap<Integer, Long> terms = new TreeMap<>();
    for (int v : variables) {
      terms.merge(v, 1L, Long::sum);
    }
    return terms;
  }

  private static void assertNothingNarrowed(ReleaseProblem problem, Protection protection) {
    Intruder.attack(problem, protection.all()).forEach((id, range) ->
        assertFalse(range.narrowed(RULE.minValues()), id + " narrowed to " + range));
  }

  @Test
  void aRowTotalLosesItsSmallestOtherPart() {
    // 3 + 10 + 12 = 25. With 25, 10 and 12 published, 3 = 25 - 22; the total is kept and the
    // smaller of the other parts goes: then p1 + p2 = 13, each >= 1, so each is in [1, 12].
    ReleaseProblem.Builder b = ReleaseProblem.builder();
    int x1 = b.variable("x1");
    int x2 = b.variable("x2");
    int x3 = b.variable("x3");
    ReleaseProblem problem = b.cell("p1", 3, 1, sum(x1)).cell("p2", 10, 1, sum(x2))
        .cell("p3", 12, 1, sum(x3)).cell("total", 25, 10, sum(x1, x2, x3)).build();

    Protection protection = Suppression.protect(problem, RULE);

    assertEquals(Set.of("p1"), protection.primary());
    assertEquals(Set.of("p2"), protection.secondary());
    assertEquals(1, protection.intruderRounds());
    Map<String, Intruder.Range> ranges = Intruder.attack(problem, protection.all());
    assertEquals(new Intruder.Range(1, 12.0), rounded(ranges.get("p1")));
    assertEquals(new Intruder.Range(1, 12.0), rounded(ranges.get("p2")));
    assertNothingNarrowed(problem, protection);
  }

  @Test
  void aMonthThatAQuarterAndTwoRollingYearsPin() {
    // Months m1..m13: m1 = 2, m2 = 6, m3 = 9, m4..m12 = 7, m13 = 8; Q = m1+m2+m3 = 17,
    // R12a = m1..m12 = 80, R12b = m2..m13 = 86. R12b - R12a = m13 - m1, so m13 must go; then
    // Q - m3 = m1 + m2, and m3 (9) is offered before m2 (6), so m2 goes. Left to the intruder:
    // m1 + m2 = 8 and m2 + m13 = 14, so m1 in [1, 7], m2 in [1, 7], m13 in [7, 13].
    ReleaseProblem.Builder b = ReleaseProblem.builder();
    int[] m = new int[14];
    long[] value = {0, 2, 6, 9, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8};
    for (int i = 1; i <= 13; i++) {
      m[i] = b.variable("m" + i);
    }
    for (int i = 1; i <= 13; i++) {
      b.cell(String.format("m%02d", i), value[i], 1, sum(m[i]));
    }
    b.cell("Q", 17, 5, sum(m[1], m[2], m[3]));
    b.cell("R12a", 80, 8, sum(m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[12]));
    b.cell("R12b", 86, 8, sum(m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[12], m[13]));
    ReleaseProblem problem = b.build();

    Protection protection = Suppression.protect(problem, RULE);

    assertEquals(Set.of("m01"), protection.primary());
    assertEquals(Set.of("m02", "m13"), protection.secondary());
    Map<String, Intruder.Range> ranges = Intruder.attack(problem, protection.all());
    assertEquals(new Intruder.Range(1, 7.0), rounded(ranges.get("m01")));
    assertEquals(new Intruder.Range(1, 7.0), rounded(ranges.get("m02")));
    assertEquals(new Intruder.Range(7, 13.0), rounded(ranges.get("m13")));
  }

  @Test
  void aSeveritySplitLosesTheSmallestOtherSeverity() {
    // major 2 + moderate 5 + minor 9 = 16: the total stays, moderate (smaller than minor) goes;
    // major + moderate = 7 leaves each in [1, 6].
    ReleaseProblem.Builder b = ReleaseProblem.builder();
    int major = b.variable("major");
    int moderate = b.variable("moderate");
    int minor = b.variable("minor");
    ReleaseProblem problem = b.cell("disruptions", 16, 10, sum(major, moderate, minor))
        .cell("major", 2, 1, sum(major)).cell("moderate", 5, 1, sum(moderate))
        .cell("minor", 9, 1, sum(minor)).build();

    Protection protection = Suppression.protect(problem, RULE);

    assertEquals(Set.of("major"), protection.primary());
    assertEquals(Set.of("moderate"), protection.secondary());
    assertEquals(new Intruder.Range(1, 6.0),
        rounded(Intruder.attack(problem, protection.all()).get("major")));
  }

  @Test
  void inequalitiesNarrowWhatEliminationCannotSee() {
    // Parts a and b of a total t in two months, not additive (joint events): a_m <= t_m,
    // b_m <= t_m, t_m <= a_m + b_m. a1 = 2, a2 = 5, b1 = 6, b2 = 0, t1 = 7, t2 = 5; A = a1 + a2 = 7.
    // Elimination suppresses a2 (else a1 = A - a2). But b2 = 0 gives t2 <= a2 <= t2: a2 = 5, and
    // with it a1 = 2. The intruder narrows a1; of the published cells near a1 (A, t1, b1) A is
    // the least wanted; suppressing A makes a2 safe to publish (it is pinned anyway, and 5), and
    // then a1 in [1, 7] (t1 <= a1 + b1, a1 <= t1) and A = a1 + 5 in [6, 12].
    ReleaseProblem.Builder b = ReleaseProblem.builder();
    int a1 = b.variable("a1");
    int a2 = b.variable("a2");
    int b1 = b.variable("b1");
    int b2 = b.variable("b2");
    int t1 = b.variable("t1");
    int t2 = b.variable("t2");
    b.cell("a1", 2, 1, sum(a1)).cell("a2", 5, 1, sum(a2)).cell("b1", 6, 5, sum(b1))
        .cell("b2", 0, 1, sum(b2)).cell("t1", 7, 10, sum(t1)).cell("t2", 5, 10, sum(t2))
        .cell("A", 7, 2, sum(a1, a2));
    b.atMost(sum(a1), sum(t1)).atMost(sum(b1), sum(t1)).atMost(sum(t1), sum(a1, b1));
    b.atMost(sum(a2), sum(t2)).atMost(sum(b2), sum(t2)).atMost(sum(t2), sum(a2, b2));
    ReleaseProblem problem = b.build();

    Map<String, Intruder.Range> eliminationOnly = Intruder.attack(problem, Set.of("a1", "a2"));
    assertEquals(new Intruder.Range(5, 5.0), rounded(eliminationOnly.get("a2")));
    assertEquals(new Intruder.Range(2, 2.0), rounded(eliminationOnly.get("a1")));

    Protection protection = Suppression.protect(problem, RULE);

    assertEquals(Set.of("a1"), protection.primary());
    assertEquals(Set.of("A"), protection.secondary());
    assertEquals(2, protection.intruderRounds());
    assertTrue(protection.log().stream().anyMatch(line -> line.contains("suppress A")), protection.log()::toString);
    Map<String, Intruder.Range> ranges = Intruder.attack(problem, protection.all());
    assertEquals(new Intruder.Range(1, 7.0), rounded(ranges.get("a1")));
    assertEquals(new Intruder.Range(6, 12.0), rounded(ranges.get("A")));
  }

  @Test
  void aPrimaryThatKnownValuesDetermineIsLoggedAndLeftAlone() {
    // The previous release published the quarter (9) and one month (7): the other month is 2
    // whatever this release does. It stays [c], nothing else is sacrificed for it, and the log says so.
    ReleaseProblem.Builder b = ReleaseProblem.builder();
    int x1 = b.variable("x1");
    int x2 = b.variable("x2");
    ReleaseProblem problem = b.cell("p1", 2, 1, sum(x1)).cell("p2", 7, 1, sum(x2))
        .cell("total", 9, 10, sum(x1, x2))
        .known("previous total", 9, sum(x1, x2)).known("previous p2", 7, sum(x2)).build();

    Protection protection = Suppression.protect(problem, RULE);

    assertEquals(Set.of("p1"), protection.primary());
    assertEquals(Set.of(), protection.secondary());
    assertTrue(protection.log().stream().anyMatch(line -> line.startsWith("p1 (value 2) is determined by known")),
        protection.log()::toString);
  }

  @Test
  void zerosArePublishedAndNeverPrimary() {
    // 0 + 6 + 7 = 13: nothing to protect. 0 + 3 + 8 = 11: the zero would be the smallest other
    // part, but zeros are published (the intruder's [c] >= 1 rests on it), so 8 goes: x2 + x3 = 11.
    ReleaseProblem.Builder b = ReleaseProblem.builder();
    int[] x = new int[6];
    for (int i = 0; i < 6; i++) {
      x[i] = b.variable("x" + i);
    }
    ReleaseProblem problem = b.cell("z0", 0, 1, sum(x[0])).cell("s6", 6, 1, sum(x[1]))
        .cell("s7", 7, 1, sum(x[2])).cell("s13", 13, 10, sum(x[0], x[1], x[2]))
        .cell("z", 0, 1, sum(x[3])).cell("p3", 3, 1, sum(x[4])).cell("p8", 8, 1, sum(x[5]))
        .cell("t11", 11, 10, sum(x[3], x[4], x[5])).build();

    Protection protection = Suppression.protect(problem, RULE);

    assertEquals(Set.of("p3"), protection.primary());
    assertEquals(Set.of("p8"), protection.secondary());
    assertEquals(new Intruder.Range(1, 10.0),
        rounded(Intruder.attack(problem, protection.all()).get("p3")));
  }

  @Test
  void theBuilderRejectsWhatCannotBeModelled() {
    ReleaseProblem.Builder b = ReleaseProblem.builder();
    int x = b.variable("x");
    b.cell("c", 1, 1, sum(x));
    assertThrows(IllegalArgumentException.class, () -> b.cell("c", 2, 1, sum(x)));
    assertThrows(IllegalArgumentException.class, () -> b.known("c", 2, sum(x)));
    assertThrows(IllegalArgumentException.class, () -> b.cell("d", 1, 1, sum(x + 1)));
    assertThrows(IllegalArgumentException.class, () -> b.cell("e", 1, 1, Map.of()));
    assertThrows(IllegalArgumentException.class, () -> b.cell("f", -1, 1, sum(x)));
    assertThrows(IllegalArgumentException.class, () -> b.cell("g", 1, 1, Map.of(x, 0L)));
    assertThrows(IllegalArgumentException.class, () -> b.variable("x"));
    assertThrows(IllegalArgumentException.class, () -> b.atMost(sum(x), sum(x)));
  }

  @Test
  void contradictoryRelationsAreAnError() {
    // x <= y with x = 9 and y = 7 published: no data satisfies it, so the relations are wrong.
    ReleaseProblem.Builder b = ReleaseProblem.builder();
    int x = b.variable("x");
    int y = b.variable("y");
    int z = b.variable("z");
    ReleaseProblem problem = b.cell("x", 9, 1, sum(x)).cell("y", 7, 1, sum(y))
        .cell("z", 2, 1, sum(z)).atMost(sum(x), sum(y)).build();
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Suppression.protect(problem, RULE));
    assertTrue(error.getMessage().contains("contradicts"), error.getMessage());
  }

  /** LP optima to 1e-9, so that hand-worked integers compare exactly. */
  private static Intruder.Range rounded(Intruder.Range range) {
    double min = Math.round(range.min() * 1e9) / 1e9;
    Double max = range.max() == null ? null : Math.round(range.max() * 1e9) / 1e9;
    return new Intruder.Range(min, max);
  }
}
