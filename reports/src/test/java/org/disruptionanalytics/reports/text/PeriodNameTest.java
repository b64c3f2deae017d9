package org.disruptionanalytics.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.disruptionanalytics.contract.PeriodType;
import org.junit.jupiter.api.Test;

class PeriodNameTest {

  @Test
  void months() {
    assertEquals("October 2026", PeriodName.full(PeriodType.MONTH, "2026-10"));
    assertEquals("January 2026", PeriodName.full(PeriodType.MONTH, "2026-01"));
    assertEquals("December 2026", PeriodName.full(PeriodType.MONTH, "2026-12"));
    assertEquals("October 2026", PeriodName.brief(PeriodType.MONTH, "2026-10"));
  }

  @Test
  void quarters() {
    assertEquals("January to March 2026", PeriodName.full(PeriodType.QUARTER, "2026Q1"));
    assertEquals("July to September 2026", PeriodName.full(PeriodType.QUARTER, "2026Q3"));
    assertEquals("October to December 2026", PeriodName.full(PeriodType.QUARTER, "2026Q4"));
  }

  @Test
  void financialYears() {
    assertEquals("April 2025 to March 2026", PeriodName.full(PeriodType.FY, "2025-26"));
    assertEquals("April 1999 to March 2000", PeriodName.full(PeriodType.FY, "1999-00"));
    assertEquals("FY 2025-26", PeriodName.brief(PeriodType.FY, "2025-26"));
    assertThrows(IllegalArgumentException.class, () -> PeriodName.full(PeriodType.FY, "2025-27"));
  }

  @Test
  void calendarYears() {
    assertEquals("January to December 2026", PeriodName.full(PeriodType.CY, "2026"));
    assertEquals("2026", PeriodName.brief(PeriodType.CY, "2026"));
  }

  @Test
  void rollingYears() {
    assertEquals("year ending September 2025", PeriodName.full(PeriodType.R12, "2025-09"));
    assertEquals("year ending December 2025", PeriodName.full(PeriodType.R12, "2025-12"));
    assertEquals("year ending January 2026", PeriodName.full(PeriodType.R12, "2026-01"));
  }

  @Test
  void runningPeriodsToDate() {
    assertEquals("April 2026 to 31 October 2026 (to date)",
        PeriodName.counted(PeriodType.FY, "2026-27", LocalDate.of(2026, 10, 31)));
    assertEquals("April 2026 to 15 January 2027 (to date)",
        PeriodName.counted(PeriodType.FY, "2026-27", LocalDate.of(2027, 1, 15)));
    assertEquals("1 to 15 October 2026 (to date)",
        PeriodName.counted(PeriodType.MONTH, "2026-10", LocalDate.of(2026, 10, 15)));
    assertEquals("1 October 2026 (to date)",
        PeriodName.counted(PeriodType.MONTH, "2026-10", LocalDate.of(2026, 10, 1)));
    assertEquals("October 2026 to 30 December 2026 (to date)",
        PeriodName.counted(PeriodType.QUARTER, "2026Q4", LocalDate.of(2026, 12, 30)));
    assertEquals("1 to 20 January 2026 (to date)",
        PeriodName.counted(PeriodType.CY, "2026", LocalDate.of(2026, 1, 20)));
    // R12 of a mid-month as-of runs from its usual first day to the as-of day.
    assertEquals("November 2025 to 15 October 2026 (to date)",
        PeriodName.counted(PeriodType.R12, "2026-10", LocalDate.of(2026, 10, 15)));
  }

  @Test
  void aCompletePeriodCountedToItsLastDayHasItsFullName() {
    assertEquals("October 2026",
        PeriodName.counted(PeriodType.MONTH, "2026-10", LocalDate.of(2026, 10, 31)));
    assertEquals("October to December 2026",
        PeriodName.counted(PeriodType.QUARTER, "2026Q4", LocalDate.of(2026, 12, 31)));
    assertEquals("April 2025 to March 2026",
        PeriodName.counted(PeriodType.FY, "2025-26", LocalDate.of(2026, 3, 31)));
    assertEquals("year ending February 2028",
        PeriodName.counted(PeriodType.R12, "2028-02", LocalDate.of(2028, 2, 29)));
  }

  @Test
  void aDayOutsideThePeriodIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> PeriodName.counted(PeriodType.MONTH, "2026-10", LocalDate.of(2026, 11, 1)));
    assertThrows(IllegalArgumentException.class,
        () -> PeriodName.counted(PeriodType.MONTH, "2026-10", LocalDate.of(2026, 9, 30)));
    assertThrows(IllegalArgumentException.class,
        () -> PeriodName.counted(PeriodType.CY, "2026", LocalDate.of(2025, 12, 31)));
  }

  @Test
  void malformedLabelsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> PeriodName.full(PeriodType.MONTH, "2026-13"));
    assertThrows(IllegalArgumentException.class, () -> PeriodName.full(PeriodType.MONTH, "2026-1"));
    assertThrows(IllegalArgumentException.class, () -> PeriodName.full(PeriodType.QUARTER, "2026Q5"));
    assertThrows(IllegalArgumentException.class, () -> PeriodName.full(PeriodType.CY, "26"));
    assertThrows(IllegalArgumentException.class, () -> PeriodName.brief(PeriodType.FY, "2025"));
  }

  @Test
  void monthNamesAreEnglishWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      assertEquals("July to September 2026", PeriodName.full(PeriodType.QUARTER, "2026Q3"));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
