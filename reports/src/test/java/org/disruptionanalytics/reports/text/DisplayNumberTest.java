package org.disruptionanalytics.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayNumberTest {

  @Test
  void countsWithThousandsSeparators() {
    assertEquals("0", DisplayNumber.count(0));
    assertEquals("999", DisplayNumber.count(999));
    assertEquals("1,000", DisplayNumber.count(1000));
    assertEquals("3,766", DisplayNumber.count(3766));
    assertEquals("1,234,567", DisplayNumber.count(1_234_567));
    assertEquals("\u22123,766", DisplayNumber.count(-3766));
  }

  @Test
  void theDefaultLocaleIsNeverUsed() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("1,234,567", DisplayNumber.count(1_234_567));
      assertEquals("+46.1%", DisplayNumber.percentChange(3766, 2578));
      assertEquals("0.96", DisplayNumber.bound(0.9578));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void percentChangeHalfAwayFromZeroFromTheExactFraction() {
    // 49/400 = 12.25% either way: half away from zero gives 12.3 both ways (Math.round(-122.5)
    // would give -122).
    assertEquals("\u221212.3%", DisplayNumber.percentChange(351, 400));
    assertEquals("+12.3%", DisplayNumber.percentChange(449, 400));
    // 23/2000 = 1.15% exactly; the double 100.0 * 23 / 2000 is 1.1499999999999999..., which
    // would round to 1.1.
    assertEquals("+1.2%", DisplayNumber.percentChange(2023, 2000));
    assertEquals("\u22121.2%", DisplayNumber.percentChange(1977, 2000));
    // 1/2000 = 0.05%.
    assertEquals("\u22120.1%", DisplayNumber.percentChange(1999, 2000));
    assertEquals("+0.1%", DisplayNumber.percentChange(2001, 2000));
  }

  @Test
  void theSignFollowsTheExactChange() {
    // 1/20000 = 0.005%: rounds to 0.0 but is a change.
    assertEquals("\u22120.0%", DisplayNumber.percentChange(19999, 20000));
    assertEquals("+0.0%", DisplayNumber.percentChange(20001, 20000));
    assertEquals("0.0%", DisplayNumber.percentChange(7, 7));
    assertEquals("\u2212100.0%", DisplayNumber.percentChange(0, 7));
  }

  @Test
  void percentageShares() {
    assertEquals("33.3%", DisplayNumber.percent(1, 3));
    assertEquals("66.7%", DisplayNumber.percent(2, 3));
    assertEquals("12.5%", DisplayNumber.percent(1, 8));
    // 1/16 = 6.25%.
    assertEquals("6.3%", DisplayNumber.percent(1, 16));
    assertEquals("0.0%", DisplayNumber.percent(0, 5));
    assertEquals("100.0%", DisplayNumber.percent(5, 5));
  }

  @Test
  void ratiosToOneDecimal() {
    // 3766/2578 = 1.4608.
    assertEquals("1.5", DisplayNumber.ratio(3766, 2578));
    // 29/20 = 1.45 exactly; the double 1.45 is 1.4499999999999999556, which would round to 1.4.
    assertEquals("1.5", DisplayNumber.ratio(29, 20));
    assertEquals("0.1", DisplayNumber.ratio(1, 20));
    assertEquals("0.0", DisplayNumber.ratio(0, 20));
    assertEquals("3.0", DisplayNumber.ratio(3, 1));
  }

  @Test
  void boundsToTwoDecimalsFromTheDecimalThePublishedFiguresPrint() {
    assertEquals("0.95", DisplayNumber.bound(0.95));
    assertEquals("0.13", DisplayNumber.bound(0.125));
    assertEquals("0.38", DisplayNumber.bound(0.375));
    // 1.005 and 2.675 are stored a little below; CSV and JSON print 1.005 and 2.675.
    assertEquals("1.01", DisplayNumber.bound(1.005));
    assertEquals("2.68", DisplayNumber.bound(2.675));
    assertEquals("1.44", DisplayNumber.bound(1.444999));
    assertEquals("1.45", DisplayNumber.bound(1.4450001));
    assertEquals("0.00", DisplayNumber.bound(0.0));
    assertEquals("0.00", DisplayNumber.bound(0.0049));
    assertEquals("1234.57", DisplayNumber.bound(1234.567));
    assertEquals("\u22120.13", DisplayNumber.bound(-0.125));
    assertThrows(IllegalArgumentException.class, () -> DisplayNumber.bound(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> DisplayNumber.bound(Double.POSITIVE_INFINITY));
  }

  @Test
  void noFractionWithoutAPositiveWhole() {
    assertThrows(IllegalArgumentException.class, () -> DisplayNumber.percentChange(5, 0));
    assertThrows(IllegalArgumentException.class, () -> DisplayNumber.ratio(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> DisplayNumber.percent(1, 0));
  }
}
