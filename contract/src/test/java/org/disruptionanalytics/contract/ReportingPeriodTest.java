package org.disruptionanalytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  private static ReportingPeriod find(List<ReportingPeriod> ps, PeriodType t, String label) {
    return ps.stream().filter(p -> p.type() == t && p.label().equals(label)).findFirst().orElseThrow();
  }

  private static List<String> labels(List<ReportingPeriod> ps, PeriodType t) {
    return ps.stream().filter(p -> p.type() == t).map(ReportingPeriod::label).collect(Collectors.toList());
  }

  @Test
  void periodsStartWithinTheSeries() {
    // Data from February 2023, as of 15 March 2024.
    List<ReportingPeriod> ps = ReportingPeriod.between(YearMonth.of(2023, 2), LocalDate.parse("2024-03-15"));
    assertEquals(14, labels(ps, PeriodType.MONTH).size());
    assertEquals(List.of("2023Q2", "2023Q3", "2023Q4", "2024Q1"), labels(ps, PeriodType.QUARTER));
    assertEquals(List.of("2023-24"), labels(ps, PeriodType.FY));
    assertEquals(List.of("2024"), labels(ps, PeriodType.CY));
    assertEquals(List.of("2024-01", "2024-02", "2024-03"), labels(ps, PeriodType.R12));
  }

  @Test
  void aRunningPeriodCountsUpToTheAsOfAndComparesLikeForLike() {
    List<ReportingPeriod> ps = ReportingPeriod.between(YearMonth.of(2023, 1), LocalDate.parse("2026-03-15"));
    assertEquals(new ReportingPeriod(PeriodType.FY, "2025-26", LocalDate.parse("2025-04-01"),
            LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-15"), false, "2024-25",
            LocalDate.parse("2024-04-01"), LocalDate.parse("2025-03-15"), true),
        find(ps, PeriodType.FY, "2025-26"));
    assertEquals(new ReportingPeriod(PeriodType.R12, "2026-03", LocalDate.parse("2025-04-01"),
            LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-15"), false, "2025-03",
            LocalDate.parse("2024-04-01"), LocalDate.parse("2025-03-15"), true),
        find(ps, PeriodType.R12, "2026-03"));
    assertEquals(new ReportingPeriod(PeriodType.MONTH, "2026-02", LocalDate.parse("2026-02-01"),
            LocalDate.parse("2026-02-28"), LocalDate.parse("2026-02-28"), true, "2025-02",
            LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-28"), true),
        find(ps, PeriodType.MONTH, "2026-02"));
    assertEquals(new ReportingPeriod(PeriodType.QUARTER, "2023Q2", LocalDate.parse("2023-04-01"),
            LocalDate.parse("2023-06-30"), LocalDate.parse("2023-06-30"), true, "2022Q2",
            LocalDate.parse("2022-04-01"), LocalDate.parse("2022-06-30"), false),
        find(ps, PeriodType.QUARTER, "2023Q2"));
    assertEquals(new ReportingPeriod(PeriodType.CY, "2026", LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-12-31"), LocalDate.parse("2026-03-15"), false, "2025",
            LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-15"), true),
        find(ps, PeriodType.CY, "2026"));
  }

  @Test
  void leapDays() {
    assertEquals(LocalDate.parse("2028-02-29"), ReportingPeriod.yearBefore(LocalDate.parse("2029-02-28")));
    assertEquals(LocalDate.parse("2027-02-28"), ReportingPeriod.yearBefore(LocalDate.parse("2028-02-29")));
    // 28 February 2028 is not the month's last day: the same day a year earlier.
    assertEquals(LocalDate.parse("2027-02-28"), ReportingPeriod.yearBefore(LocalDate.parse("2028-02-28")));
    assertEquals(LocalDate.parse("2023-03-31"), ReportingPeriod.yearBefore(LocalDate.parse("2024-03-31")));
    List<ReportingPeriod> ps = ReportingPeriod.between(YearMonth.of(2023, 1), LocalDate.parse("2024-02-29"));
    ReportingPeriod feb = find(ps, PeriodType.MONTH, "2024-02");
    assertEquals(true, feb.complete());
    assertEquals(LocalDate.parse("2023-02-28"), feb.priorEnd());
  }
}
