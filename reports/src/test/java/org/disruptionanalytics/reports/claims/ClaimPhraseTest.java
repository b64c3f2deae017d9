package org.disruptionanalytics.reports.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How phrases, periods and claims files are read, and what is refused. */
class ClaimPhraseTest {

  @ParameterizedTest(name = "\"{0}\" is read as {1}")
  @CsvSource(delimiter = '|', value = {
      // The table's phrases, with and without their verb.
      "more than a third | \"rose by more than a third\": current / prior > 4/3",
      "rose by more than a third | \"rose by more than a third\": current / prior > 4/3",
      "Disruptions increased by more than a third. | \"rose by more than a third\": current / prior > 4/3",
      "increasing the number of disruptions by more than a third | \"rose by more than a third\": current / prior > 4/3",
      "over a third | \"rose by more than a third\": current / prior > 4/3",
      "rose by almost half | \"rose by almost half\": current / prior >= 29/20",
      "nearly half | \"rose by almost half\": current / prior >= 29/20",
      "half | \"rose by half\": current / prior >= 3/2",
      "nearly doubled | \"nearly doubled\": current / prior >= 19/10",
      "almost doubled | \"nearly doubled\": current / prior >= 19/10",
      "doubled | \"doubled\": current / prior >= 2",
      "more than tripled | \"more than tripled\": current / prior > 3",
      "nearly tripled | \"nearly tripled\": current / prior >= 29/10",
      "a tenth | \"rose by a tenth\": current / prior >= 11/10",
      "halved | \"halved\": current / prior <= 1/2",
      "more than halved | \"more than halved\": current / prior < 1/2",
      "nearly halved | \"almost halved\": current / prior <= 11/20",
      "fell by half | \"halved\": current / prior <= 1/2",
      "down by almost half | \"almost halved\": current / prior <= 11/20",
      "fell by more than a quarter | \"fell by more than a quarter\": current / prior < 3/4",
      "decreased by a fifth | \"fell by a fifth\": current / prior <= 4/5",
      // Directions.
      "rose | \"rose\": current above prior",
      "have risen | \"rose\": current above prior",
      "up | \"rose\": current above prior",
      "increased | \"rose\": current above prior",
      "fell | \"fell\": current below prior",
      "decreased | \"fell\": current below prior",
      "down | \"fell\": current below prior",
      "unchanged | \"unchanged\": current equal to prior",
      "up from none | \"up from none\": prior 0 and current above 0",
      "fell to none | \"fell to none\": current 0 and prior above 0",
      // Numbers.
      "by 35% | \"rose by 35%\": the exact change, rounded half away from zero to a whole percent, of at least 35% up",
      "+35.9% | \"rose by 35.9%\": the exact change, rounded half away from zero to one decimal, of at least 35.9% up",
      "up 35.90 per cent | \"rose by 35.90%\": the exact change, rounded half away from zero to 2 decimals, of at least 35.90% up",
      "by more than 30% | \"rose by more than 30%\": current / prior > 1.3",
      "fell by 12% | \"fell by 12%\": the exact change, rounded half away from zero to a whole percent, of at least 12% down",
      "−12% | \"fell by 12%\": the exact change, rounded half away from zero to a whole percent, of at least 12% down",
      "fell by more than 12.5% | \"fell by more than 12.5%\": current / prior < 0.875",
      "by 781 | \"rose by 781\": a change of at least 781 disruptions more",
      "rose by 1,188 | \"rose by 1188\": a change of at least 1188 disruptions more",
      "by more than 781 | \"rose by more than 781\": a change of more than 781 disruptions more",
      "down by 12 | \"fell by 12\": a change of at least 12 disruptions fewer",
  })
  void read(String said, String reading) {
    assertEquals(reading, ClaimPhrase.parse(said).reading());
  }

  @ParameterizedTest(name = "\"{0}\" cannot be read")
  @ValueSource(strings = {"soared", "", "almost a third", "rose doubled", "fell by +12%", "rose by -3%",
      "by a lot", "more than a sixth", "disruptions", "rose by 12 %%", "up by 1,00"})
  void refused(String said) {
    UnreadableClaim e = assertThrows(UnreadableClaim.class, () -> ClaimPhrase.parse(said));
    assertTrue(e.getMessage().endsWith(ClaimPhrase.UNDERSTOOD), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line");
  }

  @ParameterizedTest(name = "period \"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "FY 2025-26 | FY 2025-26 | 12", "fy2025/26 | FY 2025-26 | 12", "CY 2024 | CY 2024 | 12",
      "R12 2025-09 | R12 2025-09 | 12", "2026Q1 | 2026Q1 | 3", "2026 q1 | 2026Q1 | 3", "2026-10 | 2026-10 | 1",
      "2024-10..2025-09 | 2024-10..2025-09 | 12", "2024-10 .. 2024-10 | 2024-10..2024-10 | 1"})
  void periods(String said, String text, int months) {
    ClaimPeriod p = ClaimPeriod.parse(said);
    assertEquals(text, p.text());
    assertEquals(months, p.months());
  }

  @ParameterizedTest(name = "period \"{0}\" cannot be read")
  @ValueSource(strings = {"FY 2025-27", "2026-13", "2025-09..2024-10", "last year", "Q1 2026", "R12 2025", ""})
  void refusedPeriods(String said) {
    UnreadableClaim e = assertThrows(UnreadableClaim.class, () -> ClaimPeriod.parse(said));
    assertTrue(e.getMessage().endsWith(ClaimPeriod.UNDERSTOOD), e.getMessage());
  }

  @Test
  void claimsFile() {
    List<Claim> claims = Claim.parseFile(("[{\"period\": \"R12 2025-09\", \"says\": \"more than a third\"},"
        + " {\"period\": \"2026Q1\", \"says\": \"rose\", \"threat\": \"oic\", \"agency\": \"nca\", \"region\": null,"
        + " \"compare_with\": \"2025Q4\"}]").getBytes(StandardCharsets.UTF_8), "claims.json");
    assertEquals(List.of(new Claim("R12 2025-09", "more than a third", "OIC", "ALL", "ALL", null),
        new Claim("2026Q1", "rose", "OIC", "NCA", "ALL", "2025Q4")), claims);
  }

  @ParameterizedTest(name = "claims file {0}")
  @CsvSource(delimiter = '|', value = {
      "[{\"period\": \"2026Q1\", \"says\": \"rose\", \"agnecy\": \"NCA\"}] | claims.json, claim 1: unknown field"
          + " 'agnecy'; the fields are [agency, compare_with, period, region, says, threat]",
      "[{\"says\": \"rose\"}] | claims.json, claim 1: 'period' is required",
      "[{\"period\": 2026, \"says\": \"rose\"}] | claims.json, claim 1: 'period' must be a string",
      "{\"period\": \"2026Q1\"} | claims.json must be a JSON array of claims, each an object with [agency,"
          + " compare_with, period, region, says, threat]",
      "[\"rose\"] | claims.json, claim 1: not an object"})
  void refusedFiles(String json, String message) {
    UnreadableClaim e = assertThrows(UnreadableClaim.class,
        () -> Claim.parseFile(json.getBytes(StandardCharsets.UTF_8), "claims.json"));
    assertEquals(message, e.getMessage());
  }
}
