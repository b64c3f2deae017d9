package org.disruptionanalytics.reports.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Every boundary of the table of CONTRACT.md 5.2, on it and one event either side. Most cases
 * count against a prior of 60, which puts every boundary on a whole count: 11/10 = 66/60, 6/5 =
 * 72/60, 5/4 = 75/60, 4/3 = 80/60, 29/20 = 87/60, 3/2 = 90/60, 19/10 = 114/60, 2 = 120/60, 29/10 =
 * 174/60, 3 = 180/60; 9/10 = 54/60, 4/5 = 48/60, 3/4 = 45/60, 2/3 = 40/60, 11/20 = 33/60, 1/2 =
 * 30/60.
 */
class ChangeWordingTest {

  private static Description significant(long current, long prior) {
    return ChangeWording.describe(current, prior, true, 1.1, 1.2, false, null);
  }

  private static void assertPhrase(String phrase, long current, long prior) {
    assertEquals(phrase, significant(current, prior).phrase(), current + " against " + prior);
  }

  @Test
  void theRiseColumnFromTheTop() {
    assertAll(
        () -> assertPhrase("more than tripled", 181, 60),
        () -> assertPhrase("tripled", 180, 60),
        () -> assertPhrase("nearly tripled", 179, 60),
        () -> assertPhrase("nearly tripled", 174, 60),
        () -> assertPhrase("more than doubled", 173, 60),
        () -> assertPhrase("more than doubled", 121, 60),
        () -> assertPhrase("doubled", 120, 60),
        () -> assertPhrase("nearly doubled", 119, 60),
        () -> assertPhrase("nearly doubled", 114, 60),
        () -> assertPhrase("rose by more than half", 113, 60),
        () -> assertPhrase("rose by more than half", 91, 60),
        () -> assertPhrase("rose by half", 90, 60),
        () -> assertPhrase("rose by almost half", 89, 60),
        () -> assertPhrase("rose by almost half", 87, 60),
        () -> assertPhrase("rose by more than a third", 86, 60),
        () -> assertPhrase("rose by more than a third", 81, 60),
        () -> assertPhrase("rose by a third", 80, 60),
        () -> assertPhrase("rose by more than a quarter", 79, 60),
        () -> assertPhrase("rose by more than a quarter", 76, 60),
        () -> assertPhrase("rose by a quarter", 75, 60),
        () -> assertPhrase("rose by more than a fifth", 74, 60),
        () -> assertPhrase("rose by more than a fifth", 73, 60),
        () -> assertPhrase("rose by a fifth", 72, 60),
        () -> assertPhrase("rose by more than a tenth", 71, 60),
        () -> assertPhrase("rose by more than a tenth", 67, 60),
        () -> assertPhrase("rose by a tenth", 66, 60),
        () -> assertPhrase(null, 65, 60));
  }

  @Test
  void theFallColumnFromTheTop() {
    assertAll(
        () -> assertPhrase("more than halved", 29, 60),
        () -> assertPhrase("halved", 30, 60),
        () -> assertPhrase("almost halved", 31, 60),
        () -> assertPhrase("almost halved", 33, 60),
        () -> assertPhrase("fell by more than a third", 34, 60),
        () -> assertPhrase("fell by more than a third", 39, 60),
        () -> assertPhrase("fell by a third", 40, 60),
        () -> assertPhrase("fell by more than a quarter", 41, 60),
        () -> assertPhrase("fell by more than a quarter", 44, 60),
        () -> assertPhrase("fell by a quarter", 45, 60),
        () -> assertPhrase("fell by more than a fifth", 46, 60),
        () -> assertPhrase("fell by more than a fifth", 47, 60),
        () -> assertPhrase("fell by a fifth", 48, 60),
        () -> assertPhrase("fell by more than a tenth", 49, 60),
        () -> assertPhrase("fell by more than a tenth", 53, 60),
        () -> assertPhrase("fell by a tenth", 54, 60),
        () -> assertPhrase(null, 55, 60));
  }

  @Test
  void aThirdExactlyAndOneEventEitherSide() {
    // 400/300 = 4/3 exactly: +33.3% is the boundary itself, one decimal.
    assertEquals("400 against 300 a year earlier: rose by a third (+33.3%).",
        significant(400, 300).sentence());
    // 401/300: +101/3 % = 33.67%.
    assertEquals("401 against 300 a year earlier: rose by more than a third (+33.7%).",
        significant(401, 300).sentence());
    // 399/300: +33.0% exactly, below a third.
    assertEquals("399 against 300 a year earlier: rose by more than a quarter (+33.0%).",
        significant(399, 300).sentence());
    // 200/300 = 2/3: -33.3%; 199/300: -33.67%; 201/300: -33.0%.
    assertEquals("200 against 300 a year earlier: fell by a third (\u221233.3%).",
        significant(200, 300).sentence());
    assertEquals("fell by more than a third", significant(199, 300).phrase());
    assertEquals("\u221233.7%", significant(199, 300).percentText());
    assertEquals("fell by more than a quarter", significant(201, 300).phrase());
    assertEquals("\u221233.0%", significant(201, 300).percentText());
  }

  @Test
  void theHeadlineExample() {
    // 3766/2578 = 1.4608: at least 1.45, below 3/2. 1188/2578 = 46.08%.
    Description d = ChangeWording.describe("FY 2025-26", 3766, 2578L, true,
        1.3890644979821778689, 1.5364699067428204218, false, null);
    assertEquals(Direction.RISE, d.direction());
    assertEquals("rose by almost half", d.phrase());
    assertEquals("rose by almost half", d.change());
    assertEquals("+46.1%", d.percentText());
    assertFalse(d.notSignificant());
    assertEquals("3,766 in FY 2025-26 against 2,578 a year earlier: rose by almost half (+46.1%).",
        d.sentence());
    assertEquals("3,766 against 2,578 a year earlier: rose by almost half (+46.1%).",
        ChangeWording.describe(3766, 2578L, true, 1.39, 1.54, false, null).sentence());
  }

  @Test
  void betweenATenthEitherWayTheSentenceGivesThePercentage() {
    // 104/2474 = 4.204%; -104/2578 = -4.034%.
    Description rise = significant(2578, 2474);
    assertNull(rise.phrase());
    assertEquals("rose by 4.2%", rise.change());
    assertEquals("+4.2%", rise.percentText());
    assertEquals("2,578 against 2,474 a year earlier: rose by 4.2%.", rise.sentence());
    Description fall = significant(2474, 2578);
    assertEquals(Direction.FALL, fall.direction());
    assertNull(fall.phrase());
    assertEquals("\u22124.0%", fall.percentText());
    assertEquals("2,474 against 2,578 a year earlier: fell by 4.0%.", fall.sentence());
    // 5/60 = 8.33% either way.
    assertEquals("rose by 8.3%", significant(65, 60).change());
    assertEquals("fell by 8.3%", significant(55, 60).change());
  }

  @Test
  void twoDecimalsWhereOneWouldShowABoundaryTheRatioIsNotOn() {
    // 1999/2000 = 99.95% would show +100.0%, the figure of "doubled".
    assertEquals("3,999 against 2,000 a year earlier: nearly doubled (+99.95%).",
        significant(3999, 2000).sentence());
    // 3999/2000 = 199.95%: +200.0% is "tripled".
    assertEquals("5,999 against 2,000 a year earlier: nearly tripled (+199.95%).",
        significant(5999, 2000).sentence());
    // 999/1000 = 99.9% and 2001/2000 = 100.05% (half away: 100.1) are no boundary's figure.
    assertEquals("+99.9%", significant(1999, 1000).percentText());
    assertEquals("+100.1%", significant(4001, 2000).percentText());
    assertEquals("+100.01%", significant(20001, 10000).percentText());
    // 999/10000 = 9.99% under "a tenth", which has no phrase: the words carry the two decimals.
    assertEquals("10,999 against 10,000 a year earlier: rose by 9.99%.",
        significant(10999, 10000).sentence());
    assertEquals("9,001 against 10,000 a year earlier: fell by 9.99%.",
        significant(9001, 10000).sentence());
    // -999/2000 = -49.95% would show -50.0%, "halved".
    assertEquals("1,001 against 2,000 a year earlier: almost halved (\u221249.95%).",
        significant(1001, 2000).sentence());
    assertEquals("\u221250.1%", significant(999, 2000).percentText());
    // 1333/1000 = 33.30% is below a third, whose figure is 33.3 too.
    assertEquals("rose by more than a quarter", significant(1333, 1000).phrase());
    assertEquals("+33.30%", significant(1333, 1000).percentText());
  }

  @Test
  void moreDecimalsWhileTwoStillShowTheBoundarysFigure() {
    // 10001/30000 = 33.3367%: 33.34 against a third's 33.33.
    assertEquals("+33.34%", significant(40001, 30000).percentText());
    // 100001/300000 = 33.333667%: 33.33 at two decimals like a third, 33.334 against 33.333.
    assertEquals("rose by more than a third", significant(400001, 300000).phrase());
    assertEquals("+33.334%", significant(400001, 300000).percentText());
    // 99999/300000 = 33.333% exactly, below a third: 33.3330 against 33.3333.
    assertEquals("rose by more than a quarter", significant(399999, 300000).phrase());
    assertEquals("+33.3330%", significant(399999, 300000).percentText());
    // 11001/20000 = 0.55005, a change of -44.995%: -45.00 at two decimals, like 11/20.
    assertEquals("fell by more than a third", significant(11001, 20000).phrase());
    assertEquals("\u221244.995%", significant(11001, 20000).percentText());
  }

  @Test
  void exactlyWhereDoublesCannotTell() {
    // 3e17 + 1 is the double 3e17: as doubles the ratio would be exactly 3, "tripled".
    Description d = significant(300_000_000_000_000_001L, 100_000_000_000_000_000L);
    assertEquals("more than tripled", d.phrase());
    // 200.000000000000001%: at 1 to 14 decimals it shows as 200 exactly.
    assertEquals("+200.000000000000001%", d.percentText());
    assertEquals("tripled", significant(300_000_000_000_000_000L, 100_000_000_000_000_000L).phrase());
    assertEquals("nearly tripled",
        significant(299_999_999_999_999_999L, 100_000_000_000_000_000L).phrase());
  }

  @Test
  void unchanged() {
    Description d = ChangeWording.describe(2578, 2578L, false, 0.947, 1.056, false, null);
    assertEquals(Direction.UNCHANGED, d.direction());
    assertNull(d.phrase());
    assertEquals("0.0%", d.percentText());
    assertEquals("2,578 against 2,578 a year earlier: unchanged (0.0%); not statistically"
        + " significant: 95% interval of the ratio 0.95 to 1.06.", d.sentence());
  }

  @Test
  void notSignificantKeepsThePhraseAndGivesTheInterval() {
    // 108/84 = 9/7 = 1.2857 > 5/4; 24/84 = 28.57%.
    Description d = ChangeWording.describe(108, 84L, false,
        0.95779825875374253267, 1.7308805373703722858, false, null);
    assertTrue(d.notSignificant());
    assertEquals("rose by more than a quarter", d.phrase());
    assertEquals("108 against 84 a year earlier: rose by more than a quarter (+28.6%); not"
        + " statistically significant: 95% interval of the ratio 0.96 to 1.73.", d.sentence());
  }

  @Test
  void toNoneFromNoneAndNoneEither() {
    Description toNone = ChangeWording.describe(0, 5L, false, 0.0, 1.0912791051825464613, false, null);
    assertEquals(Direction.TO_NONE, toNone.direction());
    assertNull(toNone.phrase());
    assertEquals("\u2212100.0%", toNone.percentText());
    assertEquals("0 against 5 a year earlier: fell to none (\u2212100.0%); not statistically"
        + " significant: 95% interval of the ratio 0.00 to 1.09.", toNone.sentence());
    assertEquals("0 against 1,200 a year earlier: fell to none (\u2212100.0%).",
        ChangeWording.describe(0, 1200L, true, 0.0, 0.003, false, null).sentence());

    Description fromNone = ChangeWording.describe(5, 0L, false, 0.91635585731545962382, null, false, null);
    assertEquals(Direction.FROM_NONE, fromNone.direction());
    assertNull(fromNone.phrase());
    assertNull(fromNone.percentText());
    assertEquals("5 against 0 a year earlier: up from none; not statistically significant: 95%"
        + " interval of the ratio from 0.92, with no upper limit.", fromNone.sentence());
    assertEquals("12 against 0 a year earlier: up from none.",
        ChangeWording.describe(12, 0L, true, 1.2, null, false, null).sentence());

    Description neither = ChangeWording.describe(0, 0L, null, null, null, false, null);
    assertEquals(Direction.NONE_EITHER, neither.direction());
    assertNull(neither.percentText());
    assertFalse(neither.notSignificant());
    assertEquals("0 against 0 a year earlier: none in either period.", neither.sentence());
  }

  @Test
  void noComparison() {
    Description d = ChangeWording.describe(42, null, null, null, null, false, YearMonth.of(2024, 4));
    assertEquals(Direction.NO_COMPARISON, d.direction());
    assertNull(d.phrase());
    assertNull(d.percentText());
    assertEquals("no comparison: the series starts in April 2024", d.change());
    assertEquals("42 (no comparison: the series starts in April 2024).", d.sentence());
    assertEquals("1,042 in October 2024 (no comparison: the series starts in January 2024)."
            + " Provisional: the period is still running.",
        ChangeWording.describe("October 2024", 1042, null, null, null, null, true,
            YearMonth.of(2024, 1)).sentence());
  }

  @Test
  void aProvisionalPeriodSaysSo() {
    assertEquals("3,766 in April 2026 to 31 October 2026 (to date) against 2,578 a year earlier:"
            + " rose by almost half (+46.1%). Provisional: the period is still running.",
        ChangeWording.describe("April 2026 to 31 October 2026 (to date)", 3766, 2578L, true,
            1.39, 1.54, true, null).sentence());
  }

  @Test
  void inconsistentInputsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ChangeWording.describe(-1, 5L, true, 0.1, 0.2, false, null));
    assertThrows(IllegalArgumentException.class,
        () -> ChangeWording.describe(1, -5L, true, 0.1, 0.2, false, null));
    assertThrows(IllegalArgumentException.class,
        () -> ChangeWording.describe(1, null, false, null, null, false, YearMonth.of(2024, 4)));
    assertThrows(IllegalArgumentException.class,
        () -> ChangeWording.describe(1, null, null, null, null, false, null));
    assertThrows(IllegalArgumentException.class,
        () -> ChangeWording.describe(10, 9L, false, null, 2.0, false, null));
  }

  @Test
  void theBoundariesAreTheSixteenOfTheContract() {
    assertEquals(16, ChangeWording.BOUNDARIES.size());
    String[] shown = {"+10.0%", "+20.0%", "+25.0%", "+33.3%", "+45.0%", "+50.0%", "+90.0%",
        "+100.0%", "+190.0%", "+200.0%", "\u221210.0%", "\u221220.0%", "\u221225.0%",
        "\u221233.3%", "\u221245.0%", "\u221250.0%"};
    long[][] ratios = {{11, 10}, {6, 5}, {5, 4}, {4, 3}, {29, 20}, {3, 2}, {19, 10}, {2, 1},
        {29, 10}, {3, 1}, {9, 10}, {4, 5}, {3, 4}, {2, 3}, {11, 20}, {1, 2}};
    for (int i = 0; i < ratios.length; i++) {
      Fraction r = Fraction.of(ratios[i][0], ratios[i][1]);
      assertTrue(ChangeWording.BOUNDARIES.contains(r), r.toString());
      assertEquals(shown[i], DisplayNumber.percentChange(ratios[i][0], ratios[i][1]));
    }
  }
}
