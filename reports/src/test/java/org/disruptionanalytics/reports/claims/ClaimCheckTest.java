package org.disruptionanalytics.reports.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every verdict, caveat and phrase form on {@link ClaimFixture}, each worked by hand from its
 * counts and the interval the mart holds (r and the bound against the phrase's own bound).
 */
class ClaimCheckTest {

  private static ClaimResult check(String period, String says) {
    return ClaimFixture.check().check(new Claim(period, says, null, null, null, null));
  }

  private static String outcome(ClaimResult r) {
    return r.verdict() + " " + r.caveats();
  }

  @ParameterizedTest(name = "{0} \"{1}\": {2}")
  @CsvSource(delimiter = '|', value = {
      // 400 / 300 = 4/3 exactly; the interval 1.145 to 1.554.
      "FY 2025-26 | rose by a third | SUPPORTED [NOT_ROBUST]",
      "FY 2025-26 | a third | SUPPORTED [NOT_ROBUST]",
      "FY 2025-26 | more than a third | OVERSTATED []",
      "FY 2025-26 | over a third | OVERSTATED []",
      "FY 2025-26 | almost half | OVERSTATED []",
      "FY 2025-26 | rose by a quarter | SUPPORTED [NOT_ROBUST, UNDERSTATED]",
      "FY 2025-26 | rose | SUPPORTED []",
      "FY 2025-26 | increased | SUPPORTED []",
      "FY 2025-26 | up | SUPPORTED []",
      "FY 2025-26 | fell | WRONG_DIRECTION []",
      "FY 2025-26 | unchanged | WRONG_DIRECTION []",
      // +33.333...%: 33.3 at one decimal, 33.33 at two.
      "FY 2025-26 | by 33.3% | SUPPORTED [NOT_ROBUST]",
      "FY 2025-26 | +33.33% | SUPPORTED [NOT_ROBUST]",
      "FY 2025-26 | by 33.4% | OVERSTATED []",
      "FY 2025-26 | +33.34% | OVERSTATED []",
      "FY 2025-26 | by more than 33% | SUPPORTED [NOT_ROBUST]",
      "FY 2025-26 | by more than 33.4% | OVERSTATED []",
      // "by 30%" is weaker than a third, at its own precision; "by 33%" is not.
      "FY 2025-26 | by 30% | SUPPORTED [NOT_ROBUST, UNDERSTATED]",
      "FY 2025-26 | by 33% | SUPPORTED [NOT_ROBUST]",
      // At the lower bound 1.14508 the change is +14.508%: 15 at a whole percent, 14.5 at one decimal.
      "FY 2025-26 | by 15% | SUPPORTED [UNDERSTATED]",
      "FY 2025-26 | by 15.0% | SUPPORTED [NOT_ROBUST, UNDERSTATED]",
      "FY 2025-26 | rose by 14 per cent | SUPPORTED [UNDERSTATED]",
      // A change of 100; at the lower bound 300 × 0.14508 = 43.5, so 44 at a whole count.
      "FY 2025-26 | by 100 | SUPPORTED [NOT_ROBUST]",
      "FY 2025-26 | by more than 100 | OVERSTATED []",
      "FY 2025-26 | by 101 | OVERSTATED []",
      "FY 2025-26 | by 44 | SUPPORTED [UNDERSTATED]",
      "FY 2025-26 | by 45 | SUPPORTED [NOT_ROBUST, UNDERSTATED]",
      "FY 2025-26 | increasing the number of disruptions by a third | SUPPORTED [NOT_ROBUST]",
      // 401 / 300, just above a third.
      "R12 2026-04 | more than a third | SUPPORTED [NOT_ROBUST, NOT_PUBLISHED]",
      // 160 / 100 = 1.6: "almost half" is true as an inequality, but "more than half" holds.
      "2025Q3 | almost half | SUPPORTED [NOT_ROBUST, UNDERSTATED, NOT_PUBLISHED]",
      "2025Q3 | rose by more than half | SUPPORTED [NOT_ROBUST, NOT_PUBLISHED]",
      "2025Q3 | nearly doubled | OVERSTATED [NOT_PUBLISHED]",
      "2025Q3 | almost doubled | OVERSTATED [NOT_PUBLISHED]",
      // 150 / 300 = 1/2; the interval 0.408 to 0.610.
      "2026Q1 | halved | SUPPORTED [NOT_ROBUST]",
      "2026Q1 | fell by half | SUPPORTED [NOT_ROBUST]",
      "2026Q1 | more than halved | OVERSTATED []",
      "2026Q1 | almost halved | SUPPORTED [NOT_ROBUST, UNDERSTATED]",
      "2026Q1 | fell by more than a third | SUPPORTED [UNDERSTATED]",
      "2026Q1 | down by a tenth | SUPPORTED [UNDERSTATED]",
      "2026Q1 | decreased by 50% | SUPPORTED [NOT_ROBUST]",
      "2026Q1 | −50.0% | SUPPORTED [NOT_ROBUST]",
      "2026Q1 | fell by 150 | SUPPORTED [NOT_ROBUST]",
      "2026Q1 | fell by more than 150 | OVERSTATED []",
      "2026Q1 | fell to none | OVERSTATED []",
      "2026Q1 | doubled | WRONG_DIRECTION []",
      "2026Q1 | +10% | WRONG_DIRECTION []",
      // The months of the quarter, as a span: the same counts.
      "2026-01..2026-03 | halved | SUPPORTED [NOT_ROBUST]",
      // 80 / 80.
      "2025Q4 | unchanged | SUPPORTED [NOT_SIGNIFICANT, NOT_PUBLISHED]",
      "2025Q4 | rose | WRONG_DIRECTION [NOT_SIGNIFICANT, NOT_PUBLISHED]",
      "2025Q4 | fell by a tenth | WRONG_DIRECTION [NOT_SIGNIFICANT, NOT_PUBLISHED]",
      // Running: 50 / 45 = 10/9 > 11/10; the interval 0.728 to 1.701.
      "FY 2026-27 | rose by more than a tenth | SUPPORTED [PROVISIONAL, NOT_SIGNIFICANT, NOT_ROBUST, NOT_PUBLISHED]",
      // The running month, 1 to 15 May: 20 / 10.
      "2026-05 | doubled | SUPPORTED [PROVISIONAL, NOT_SIGNIFICANT, NOT_ROBUST, NOT_PUBLISHED]",
      "2026-05..2026-05 | doubled | SUPPORTED [PROVISIONAL, NOT_SIGNIFICANT, NOT_ROBUST, NOT_PUBLISHED]",
      "2026-05 | more than doubled | OVERSTATED [PROVISIONAL, NOT_SIGNIFICANT, NOT_PUBLISHED]",
      // No prior: the span a year earlier starts before April 2024.
      "FY 2024-25 | rose | NOT_COMPARABLE [NOT_PUBLISHED]",
      "2024-04..2024-05 | rose | NOT_COMPARABLE [NOT_PUBLISHED]",
      // Not in the warehouse.
      "2024-02..2024-05 | rose | NOT_COMPARABLE []",
      "FY 2023-24 | rose | NOT_COMPARABLE []",
      "FY 2027-28 | rose | NOT_COMPARABLE []",
      "R12 2026-06 | rose | NOT_COMPARABLE []",
  })
  void verdictAndCaveats(String period, String says, String expected) {
    assertEquals(expected, outcome(check(period, says)));
  }

  @ParameterizedTest(name = "BF FY 2025-26 \"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      // 7 against none (suppressed in the release): counts and directions can hold, proportions cannot.
      "up from none | SUPPORTED [NOT_PUBLISHED]",
      "rose | SUPPORTED [NOT_PUBLISHED]",
      "by 7 | SUPPORTED [NOT_PUBLISHED]",
      "by more than 6 | SUPPORTED [NOT_PUBLISHED]",
      "by 8 | OVERSTATED [NOT_PUBLISHED]",
      "more than doubled | NOT_COMPARABLE [NOT_PUBLISHED]",
      "by 50% | NOT_COMPARABLE [NOT_PUBLISHED]",
      "fell | WRONG_DIRECTION [NOT_PUBLISHED]",
  })
  void priorOfNone(String says, String expected) {
    ClaimResult r = ClaimFixture.check().check(new Claim("FY 2025-26", says, "OIC", "BF", "ALL", null));
    assertEquals(expected, outcome(r));
    assertEquals(7L, r.current());
    assertEquals(0L, r.prior());
    assertNull(r.pctChange());
    assertEquals("up from none", r.supportedPhrase());
  }

  @ParameterizedTest(name = "LON 2026Q1 \"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      // None against 12; the interval 0 to 0.360.
      "fell to none | SUPPORTED [NOT_PUBLISHED]",
      "more than halved | SUPPORTED [NOT_PUBLISHED]",
      "fell by a third | SUPPORTED [UNDERSTATED, NOT_PUBLISHED]",
      // At the upper bound 0.360 the fall is 12 × 0.640 = 7.7, so 8.
      "down by 12 | SUPPORTED [NOT_ROBUST, NOT_PUBLISHED]",
      "down by 8 | SUPPORTED [NOT_PUBLISHED]",
      "fell by 100% | SUPPORTED [NOT_ROBUST, NOT_PUBLISHED]",
  })
  void currentOfNone(String says, String expected) {
    assertEquals(expected, outcome(ClaimFixture.check().check(new Claim("2026Q1", says, "OIC", "ALL", "LON", null))));
  }

  @Test
  void theStandardPeriodAndTheSpanOfItsMonthsAgree() {
    ClaimResult quarter = check("2026Q1", "halved");
    ClaimResult span = check("2026-01..2026-03", "halved");
    assertEquals(150L, span.current());
    assertEquals(300L, span.prior());
    assertEquals(-150L, span.change());
    assertEquals(-50.0, span.pctChange(), 1e-12);
    assertEquals(quarter.span(), span.span());
    assertEquals("2026-01-01..2026-03-31", span.span());
    assertEquals("2025-01-01..2025-03-31", span.priorSpan());
    // The span's interval is computed from the two sums; the quarter's is the mart's (scipy's).
    assertEquals(0.40822832626346994, span.ratioLow(), 1e-9);
    assertEquals(0.6102724985535322, span.ratioHigh(), 1e-9);
    assertEquals("halved", span.supportedPhrase());
    assertEquals("150 in January to March 2026 against 300 a year earlier: halved (\u221250.0%).", span.sentence());
    assertEquals(Map.of("threat_area", "OIC", "period_type", "MONTHS", "period_label", "2026-01..2026-03",
        "agency_code", "ALL", "region_code", "ALL"), span.key());
    assertEquals(Map.of("threat_area", "OIC", "period_type", "QUARTER", "period_label", "2026Q1",
        "agency_code", "ALL", "region_code", "ALL"), quarter.key());
  }

  @Test
  void theRunningMonthIsComparedWithTheSameDaysAYearEarlier() {
    ClaimResult r = check("2026-05..2026-05", "doubled");
    assertEquals("2026-05-01..2026-05-15", r.span());
    assertEquals("2025-05-01..2025-05-15", r.priorSpan());
    assertEquals("20 in May 2026 against 10 a year earlier: doubled (+100.0%); not statistically significant: 95%"
        + " interval of the ratio 0.89 to 4.78. Provisional: the period is still running.", r.sentence());
  }

  @Test
  void aSpanPastTheAsOfMonthIsAnError() {
    UnreadableClaim e = assertThrows(UnreadableClaim.class, () -> check("2026-04..2026-06", "rose"));
    assertEquals("the span 2026-04..2026-06 ends after the as-of month (2026-05): a span of months must end by the"
        + " as-of day, 2026-05-15", e.getMessage());
  }

  @Test
  void comparedWithAnotherPeriodOfTheSameLength() {
    // 150 against 80 = 1.875: more than half, short of nearly doubled; the interval 1.420 to 2.491.
    ClaimCheck check = ClaimFixture.check();
    ClaimResult r = check.check(new Claim("2026Q1", "rose by more than half", null, null, null, "2025Q4"));
    assertEquals("SUPPORTED [NOT_ROBUST, NOT_PUBLISHED]", outcome(r));
    assertEquals(80L, r.prior());
    assertEquals("2025-10-01..2025-12-31", r.priorSpan());
    assertEquals(1.4200746769483046, r.ratioLow(), 1e-9);
    assertEquals(2.4913507126057874, r.ratioHigh(), 1e-9);
    assertEquals("150 in January to March 2026 against 80 in October to December 2025: rose by more than half"
        + " (+87.5%).", r.sentence());
    assertEquals("OVERSTATED [NOT_PUBLISHED]",
        outcome(check.check(new Claim("2026Q1", "nearly doubled", null, null, null, "2025Q4"))));
    // Against its own months a year earlier, named as a span: as without compare_with.
    ClaimResult same = check.check(new Claim("2026Q1", "halved", null, null, null, "2025-01..2025-03"));
    assertEquals(0L, same.prior());
    assertEquals("NOT_COMPARABLE [NOT_PUBLISHED]", outcome(same));
    UnreadableClaim e = assertThrows(UnreadableClaim.class,
        () -> check.check(new Claim("FY 2025-26", "rose", null, null, null, "2026Q1")));
    assertTrue(e.getMessage().startsWith("cannot compare FY 2025-26 (12 months) with 2026Q1 (3 months)"), e.getMessage());
    // A running period against a whole one is not like for like.
    assertEquals("NOT_COMPARABLE [PROVISIONAL, NOT_SIGNIFICANT, NOT_PUBLISHED]",
        outcome(check.check(new Claim("2026-05", "rose", null, null, null, "2026-04"))));
  }

  @Test
  void anAgencyOrThreatAreaWithNoRows() {
    ClaimResult agency = ClaimFixture.check().check(new Claim("FY 2025-26", "rose", "OIC", "HMRC", "ALL", null));
    assertEquals("NOT_COMPARABLE [NOT_PUBLISHED]", outcome(agency));
    assertEquals(0L, agency.current());
    assertEquals(0L, agency.prior());
    assertEquals("no disruptions in either span: agency HMRC has no disruptions of OIC in the warehouse (agencies"
        + " with some: BF, NCA)", agency.reasons().get(0));
    ClaimResult threat = ClaimFixture.check().check(new Claim("FY 2025-26", "rose", "MSHT", null, null, null));
    assertEquals("NOT_COMPARABLE [NOT_PUBLISHED]", outcome(threat));
    assertEquals("none in either period", threat.supportedPhrase());
    assertThrows(UnreadableClaim.class,
        () -> ClaimFixture.check().check(new Claim("FY 2025-26", "rose", "PIRACY", null, null, null)));
  }

  @Test
  void withoutAPublishedReleaseNothingIsPublished() {
    ClaimResult r = ClaimFixture.checkWithoutRelease().check(new Claim("FY 2025-26", "a third", null, null, null, null));
    assertEquals("SUPPORTED [NOT_ROBUST, NOT_PUBLISHED]", outcome(r));
    assertTrue(r.reasons().contains("NOT_PUBLISHED: the warehouse has no published release"
        + " (reports/published/summary.json): a figure quoted in public must be published, and is then quoted from"
        + " the release"), r.reasons().toString());
  }

  @Test
  void theFiguresOfASupportedClaim() {
    ClaimResult r = check("FY 2025-26", "rose by a quarter");
    assertEquals(400L, r.current());
    assertEquals(300L, r.prior());
    assertEquals(100L, r.change());
    assertEquals(100.0 / 3, r.pctChange(), 1e-12);
    assertEquals("+33.3%", r.pctText());
    assertEquals("rose by a third", r.supportedPhrase());
    // The report's own sentence about the cell.
    assertEquals("Financial year 2025-26 (April 2025 to March 2026): 400 OIC disruptions against 300 in April 2024"
        + " to March 2025: rose by a third (+33.3%, a change of +100). The change is statistically significant (95%"
        + " interval of the ratio 1.15 to 1.55).", r.sentence());
    assertEquals("2025-04-01..2026-03-31", r.span());
    assertEquals("2024-04-01..2025-03-31", r.priorSpan());
    assertEquals(List.of(
        "r = 400 / 300 = 1.3333 (+33.3%); \"rose by a quarter\" needs current / prior >= 5/4: it holds",
        "NOT_ROBUST: at the interval's lower bound, 1.15, the claim would not hold",
        "UNDERSTATED: \"rose by a third\" also holds. The claim does not overstate, but plain English would call"
            + " \"rose by a quarter\" wrong for a change of +33.3%: say \"rose by a third\"",
        "published: both counts are in reports/published; quote them from the release"), r.reasons());
  }
}
