package org.disruptionanalytics.reports.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Report;
import org.disruptionanalytics.reports.model.Section;
import org.junit.jupiter.api.Test;

/** The sections against values worked out by hand from {@link Fixture}. */
class SummaryBuilderTest {

  static Report report(Fixture f) {
    return SummaryBuilder.build(Fixture.CONTEXT, new SummaryBuilder.Marts(f.counts(), List.of(), List.of(), List.of(),
        List.of()));
  }

  static String text(List<Inline> parts) {
    return parts.stream().map(p -> p instanceof Inline.FigureText f ? f.display() : ((Inline.Text) p).text())
        .collect(Collectors.joining());
  }

  static Section section(Report r, String id) {
    return r.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  static List<String> bullets(Section s) {
    return s.blocks().stream().filter(b -> b instanceof Block.Bullets).flatMap(b -> ((Block.Bullets) b).items().stream())
        .map(SummaryBuilderTest::text).toList();
  }

  static Figure figure(Report r, String section, String measure, String type, String label, String agency) {
    return r.figures().stream().filter(f -> f.section().equals(section) && f.measure().equals(measure)
        && f.key().get("period_type").equals(type) && f.key().get("period_label").equals(label)
        && f.key().get("agency_code").equals(agency)).findFirst().orElseThrow();
  }

  @Test
  void headlineStatesTheLatestCompleteYearsAndTheRunningYear() {
    Report r = report(Fixture.standard());
    assertEquals(List.of(
        "Financial year 2025-26 (April 2025 to March 2026): 400 OIC disruptions against 300 in April 2024 to March"
            + " 2025: rose by a third (+33.3%, a change of +100). The change is statistically significant (95% interval"
            + " of the ratio 1.15 to 1.55).",
        "Year ending April 2026 (R12 2026-04): 401 OIC disruptions against 300 in the year ending April 2025: rose by"
            + " more than a third (+33.7%, a change of +101). The change is statistically significant (95% interval of"
            + " the ratio 1.15 to 1.56).",
        "Financial year 2026-27 to date (April 2026 to 15 May 2026): 50 OIC disruptions against 45 in April 2025 to"
            + " 15 May 2025: rose by more than a tenth (+11.1%, a change of +5). Not statistically significant: 95%"
            + " interval of the ratio 0.74 to 1.66. Provisional [p]: the period is still running; counted to 15 May"
            + " 2026."),
        bullets(section(r, "headline")));
  }

  @Test
  void figuresAreExactWithTheirKeysAndFlags() {
    Report r = report(Fixture.standard());
    Figure pct = figure(r, "headline", "pct_change", "FY", "2025-26", "ALL");
    assertEquals(100.0 * 100 / 300, pct.value());
    assertEquals(Map.of("threat_area", "OIC", "period_type", "FY", "period_label", "2025-26", "agency_code", "ALL",
        "region_code", "ALL"), pct.key());
    assertEquals(List.of("threat_area", "period_type", "period_label", "agency_code", "region_code"),
        List.copyOf(pct.key().keySet()));
    assertEquals(List.of(), pct.flags());
    assertEquals(List.of("p"), figure(r, "headline", "disruptions", "FY", "2026-27", "ALL").flags());
    assertEquals(50L, figure(r, "headline", "disruptions", "FY", "2026-27", "ALL").value());
    assertEquals(5L, figure(r, "headline", "change", "FY", "2026-27", "ALL").value());
    // Every figure shown in running text is one of the report's figures, shown with its own index.
    for (Section s : r.sections()) {
      for (Block b : s.blocks()) {
        if (b instanceof Block.Bullets bl) {
          bl.items().forEach(item -> item.forEach(p -> {
            if (p instanceof Inline.FigureText f) {
              assertEquals(s.id(), r.figures().get(f.figure()).section());
            }
          }));
        }
      }
    }
  }

  @Test
  void agencyRowsAddUpToMoreThanTheTotalBySoMany() {
    Report r = report(Fixture.standard());
    List<String> notes = bullets(section(r, "by-agency"));
    // NCA 250 + BF 180 = 430 against a total of 400.
    assertEquals("Financial year 2025-26 (April 2025 to March 2026): the agency rows add up to 430, 30 more than the"
        + " total of 400: a joint disruption claimed by several agencies counts once for each of them.", notes.get(0));
    assertEquals("Year ending April 2026 (R12 2026-04): the agency rows add up to 401, the total: no disruption was"
        + " claimed by more than one agency.", notes.get(1));
    assertEquals(30L, r.figures().stream().filter(f -> f.measure().equals("sum(disruptions) over agency_code -"
        + " disruptions")).findFirst().orElseThrow().value());
  }

  @Test
  void severitiesAgainstTheirPriors() {
    List<String> items = bullets(section(report(Fixture.standard()), "by-severity"));
    // 100/80 = 5/4 exactly; 200/150 = 4/3 exactly; 100/70 is between 4/3 and 29/20.
    assertTrue(items.get(0).startsWith("Financial year 2025-26 (April 2025 to March 2026), major: 100 against 80:"
        + " rose by a quarter (+25.0%)"), items.get(0));
    assertTrue(items.get(1).contains("moderate: 200 against 150: rose by a third (+33.3%)"), items.get(1));
    assertTrue(items.get(2).contains("minor: 100 against 70: rose by more than a third (+42.9%)"), items.get(2));
    // 30 against 30 in the running year.
    assertTrue(items.get(7).contains("moderate: 30 against 30: unchanged (0.0%)"), items.get(7));
  }

  @Test
  void aWarehouseWithoutDisruptionsSaysSo() {
    ReportContext empty = new ReportContext("1.1", Fixture.AS_OF, "run-empty", "OIC", 0, null);
    Report r = SummaryBuilder.build(empty, new SummaryBuilder.Marts(
        org.disruptionanalytics.reports.marts.Counts.of("OIC", null, Fixture.AS_OF, List.of()), List.of(), List.of(),
        List.of(), List.of()));
    Block first = section(r, "headline").blocks().get(0);
    assertEquals("No disruptions were kept up to 15 May 2026, so there are no figures to report.",
        text(((Block.Paragraph) first).parts()));
    assertTrue(org.disruptionanalytics.reports.MonthlySummary.files(r).size() >= 3);
  }
}
