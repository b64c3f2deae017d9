package org.disruptionanalytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values computed independently at 60 significant digits with mpmath, through the
 * binomial form of the regularized incomplete beta function (I_x(a, b) = P(Bin(a+b-1, x) >= a))
 * and bisection, then rounded to 20 digits.
 */
class RatioIntervalTest {

  private static void assertRelative(double expected, double actual) {
    assertEquals(expected, actual, Math.abs(expected) * 1e-9, "relative error above 1e-9");
  }

  private static void check(long current, long prior, double low, Double high) {
    RatioInterval i = RatioInterval.of(current, prior);
    assertRelative(low, i.low());
    if (high == null) {
      assertNull(i.high());
    } else {
      assertRelative(high, i.high());
    }
  }

  @Test
  void matchesTheReferenceToOnePartInABillion() {
    check(3766, 2578, 1.3890644979821778689, 1.5364699067428204218);
    check(108, 84, 0.95779825875374253267, 1.7308805373703722858);
    check(2955, 2174, 1.285578374194087151, 1.437304557916104106);
    check(1, 1, 0.012739367083666616279, 78.496835316262998035);
    check(10, 3, 0.85828171569978530892, 18.848723552419561875);
    check(1, 1000, 0.000025292835327187093165, 0.0055843958784314415426);
    check(400, 410, 0.84793551502908286467, 1.1224384544820071976);
  }

  @Test
  void edges() {
    // n against 0: no upper bound.
    check(1, 0, 0.025641025641025641026, null);
    check(5, 0, 0.91635585731545962382, null);
    // 0 against n: the lower bound is 0.
    check(0, 5, 0, 1.0912791051825464613);
    check(0, 1, 0, 39.0);
    assertThrows(IllegalArgumentException.class, () -> RatioInterval.of(0, 0));
  }

  @Test
  void significance() {
    assertTrue(RatioInterval.of(3766, 2578).significant());
    assertFalse(RatioInterval.of(108, 84).significant());
    assertFalse(RatioInterval.of(0, 5).significant());
    assertTrue(RatioInterval.of(1, 1000).significant());
    assertFalse(RatioInterval.of(5, 0).significant());
    assertTrue(RatioInterval.of(30, 0).significant());
  }
}
