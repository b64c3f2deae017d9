package org.disruptionanalytics.reports.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.model.Section;
import org.junit.jupiter.api.Test;

/** The comparison of two releases on hand-made summary.json-style figures. */
public class RevisionsTest {

  static final LocalDate BEFORE = LocalDate.of(2026, 9, 30);
  static final LocalDate NOW = LocalDate.of(2026, 10, 31);

  public static Figure fig(String measure, String type, String label, String agency, Object value, String... flags) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put("threat_area", "OIC");
    key.put("period_type", type);
    key.put("period_label", label);
    key.put("agency_code", agency);
    key.put("region_code", "ALL");
    return new Figure("headline", "disruption_counts", measure, key, value, List.of(flags));
  }

  static List<String> listed(List<Revision> revisions) {
    return revisions.stream().map(r -> r.key().get("period_type") + " " + r.key().get("period_label") + " "
        + r.key().get("agency_code") + " " + r.measure() + " " + r.previous() + "->" + r.current()).toList();
  }

  @Test
  void aFigureIsRevisedOnlyForTheSameKeyMeasureAndSpan() {
    Release previous = new Release(BEFORE, List.of(
        fig("disruptions", "FY", "2025-26", "ALL", 400L),
        fig("disruptions", "FY", "2025-26", "NCA", 250L),
        fig("prior_disruptions", "FY", "2025-26", "ALL", 300L),
        fig("disruptions", "FY", "2026-27", "ALL", 50L, "p"),
        fig("disruptions", "R12", "2026-09", "ALL", 410L),
        fig("pct_change", "R12", "2026-09", "ALL", 20.0),
        fig("ratio_ci95_low", "R12", "2026-09", "ALL", 1.05),
        fig("change_significant", "R12", "2026-09", "ALL", false),
        fig("pct_change(major)", "R12", "2026-09", "ALL", 10.0),
        fig("major", "R12", "2026-09", "ALL", null, "c"),
        fig("minor", "R12", "2026-09", "ALL", 7L),
        // Complete on 30 September: a row recorded later revises it.
        fig("disruptions", "MONTH", "2026-09", "ALL", 30L)));
    Release current = new Release(NOW, List.of(
        fig("disruptions", "FY", "2025-26", "ALL", 402L),
        // Shown twice (headline and by agency): listed once.
        fig("disruptions", "FY", "2025-26", "ALL", 402L),
        fig("disruptions", "FY", "2025-26", "NCA", 250L),
        fig("prior_disruptions", "FY", "2025-26", "ALL", 301L),
        // Running in both: counted to 30 September, then to 31 October; grown, not revised.
        fig("disruptions", "FY", "2026-27", "ALL", 60L, "p"),
        fig("disruptions", "R12", "2026-09", "ALL", 412L),
        fig("pct_change", "R12", "2026-09", "ALL", 20.5),
        fig("ratio_ci95_low", "R12", "2026-09", "ALL", 1.05),
        fig("change_significant", "R12", "2026-09", "ALL", true, "u"),
        // Derived measures are not compared.
        fig("pct_change(major)", "R12", "2026-09", "ALL", 12.0),
        // Suppressed before, published now: not both published, not a revision.
        fig("major", "R12", "2026-09", "ALL", 9L),
        fig("minor", "R12", "2026-09", "ALL", null, "c"),
        // Not in the previous release at all.
        fig("disruptions", "R12", "2026-10", "ALL", 420L),
        fig("disruptions", "MONTH", "2026-09", "ALL", 31L)));

    List<Revision> revisions = Revisions.compare(current, previous);

    assertEquals(List.of(
        "MONTH 2026-09 ALL disruptions 30->31",
        "FY 2025-26 ALL disruptions 400->402",
        "FY 2025-26 ALL prior_disruptions 300->301",
        "R12 2026-09 ALL disruptions 410->412",
        "R12 2026-09 ALL pct_change 20.0->20.5",
        "R12 2026-09 ALL change_significant false->true"), listed(revisions));
    assertEquals(2L, revisions.get(1).difference());
    assertEquals(0.5, (Double) revisions.get(4).difference(), 1e-12);
    assertNull(revisions.get(5).difference());
    assertEquals(List.of("u"), revisions.get(5).flags());
    assertEquals(LocalDate.of(2026, 3, 31), revisions.get(1).dataTo());
  }

  @Test
  void aRunningMonthCountedToTheSameDayIsCompared() {
    // Both as of 15 October: October counted to the 15th in each.
    LocalDate mid = LocalDate.of(2026, 10, 15);
    Release previous = new Release(mid, List.of(fig("disruptions", "MONTH", "2026-10", "ALL", 5L, "p")));
    Release current = new Release(mid, List.of(fig("disruptions", "MONTH", "2026-10", "ALL", 6L, "p")));
    List<Revision> revisions = Revisions.compare(current, previous);
    assertEquals(List.of("MONTH 2026-10 ALL disruptions 5->6"), listed(revisions));
    assertEquals(List.of("p"), revisions.get(0).flags());
  }

  @Test
  void revisedFiguresAreFlaggedInSummaryAndTheirTableRows() {
    Figure shown = fig("disruptions", "FY", "2026-27", "ALL", 6L, "p");
    Figure other = fig("disruptions", "FY", "2025-26", "ALL", 400L);
    Figure derived = fig("pct_change(major)", "FY", "2026-27", "ALL", 1.0, "p");
    List<Figure> figures = List.of(shown, other, derived);
    Set<Revision.FigureId> revised = Set.of(new Revision.FigureId(shown.key(), "disruptions"),
        new Revision.FigureId(derived.key(), "pct_change(major)"));

    List<Figure> flagged = RevisionFlags.figures(figures, revised);
    assertEquals(List.of("p", "r"), flagged.get(0).flags());
    assertEquals(List.of(), flagged.get(1).flags());
    assertEquals(List.of("p"), flagged.get(2).flags(), "derived measures are never revised");
    assertEquals(flagged, RevisionFlags.figures(flagged, revised), "flagging twice changes nothing");

    DataTable t = new DataTable("t", "t", List.of(new DataTable.Column("disruptions", "D", true),
        new DataTable.Column("flags", "Flags", false)), List.of(
        List.of(new Cell(6L, "6", 0), Cell.of("[p]", "[p]")),
        List.of(new Cell(400L, "400", 1), Cell.of("", ""))));
    List<Section> sections = RevisionFlags.sections(List.of(new Section("s", "S", List.of(new Block.Table(t)))),
        flagged, revised);
    DataTable out = ((Block.Table) sections.get(0).blocks().get(0)).table();
    assertEquals("[p][r]", out.rows().get(0).get(1).csv());
    assertEquals("", out.rows().get(1).get(1).csv());
  }

  @Test
  void aPublishedSummaryIsReadBack() {
    String json = """
        {"contract_version": "1.1", "as_of": "2026-09-30", "run_id": "x", "threat_area": "OIC",
         "audience": "published", "figures": [
          {"section": "headline", "table": "disruption_counts", "measure": "disruptions",
           "key": {"threat_area": "OIC", "period_type": "FY", "period_label": "2025-26", "agency_code": "ALL",
                   "region_code": "ALL"}, "value": 400, "flags": []},
          {"section": "headline", "table": "disruption_counts", "measure": "major",
           "key": {"threat_area": "OIC", "period_type": "FY", "period_label": "2025-26", "agency_code": "ALL",
                   "region_code": "ALL"}, "value": null, "flags": ["c"]},
          {"section": "headline", "table": "disruption_counts", "measure": "pct_change",
           "key": {"threat_area": "OIC", "period_type": "FY", "period_label": "2025-26", "agency_code": "ALL",
                   "region_code": "ALL"}, "value": 25.0, "flags": []}], "notes": []}
        """;
    Release r = Release.parse(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(BEFORE, r.asOf());
    assertEquals(400L, r.figures().get(0).value());
    assertNull(r.figures().get(1).value());
    assertEquals(List.of("c"), r.figures().get(1).flags());
    assertEquals(25.0, r.figures().get(2).value());
    Release now = new Release(NOW, List.of(fig("disruptions", "FY", "2025-26", "ALL", 401L),
        fig("major", "FY", "2025-26", "ALL", 120L), fig("pct_change", "FY", "2025-26", "ALL", 25.0)));
    assertEquals(List.of("FY 2025-26 ALL disruptions 400->401"), listed(Revisions.compare(now, r)));
    assertThrows(RuntimeException.class, () -> Release.parse("{}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void periodSpansFromLabels() {
    assertEquals(LocalDate.of(2026, 3, 31), PeriodSpan.of("FY", "2025-26").end());
    assertEquals(LocalDate.of(2025, 10, 1), PeriodSpan.of("R12", "2026-09").start());
    assertEquals(LocalDate.of(2026, 7, 1), PeriodSpan.of("QUARTER", "2026Q3").start());
    assertEquals(LocalDate.of(2026, 9, 30), PeriodSpan.of("QUARTER", "2026Q3").end());
    assertEquals(LocalDate.of(2026, 10, 15), PeriodSpan.of("CY", "2026").dataTo(LocalDate.of(2026, 10, 15)));
    assertThrows(IllegalArgumentException.class, () -> PeriodSpan.of("FY", "2025-27"));
  }

  @Test
  void theNewestOtherCompleteVersionIsThePrevious() {
    Map<String, Optional<String>> runIds = Map.of(
        "20261001T000000000Z-aaa", Optional.of("aaa"),
        "20261101T000000000Z-bbb", Optional.of("bbb"),
        "20261102T000000000Z-ccc", Optional.empty(),
        "20261103T000000000Z-bbb", Optional.of("bbb"));
    List<String> names = new ArrayList<>(runIds.keySet());
    names.add("20261104T000000000Z-ddd.staging");
    java.util.function.Function<String, Optional<String>> of = n -> runIds.getOrDefault(n, Optional.of("ddd"));
    // In the run of ddd: the newest complete one; in a rerun of bbb: the newest of another run.
    assertEquals(Optional.of("20261103T000000000Z-bbb"), PreviousVersion.newest(names, of, "ddd", null));
    assertEquals(Optional.of("20261001T000000000Z-aaa"), PreviousVersion.newest(names, of, "bbb", null));
    // The standalone report of the version of 1 November: only older ones.
    assertEquals(Optional.of("20261001T000000000Z-aaa"),
        PreviousVersion.newest(names, of, "bbb", "20261101T000000000Z-bbb"));
    assertEquals(Optional.empty(), PreviousVersion.newest(names, of, "aaa", "20261001T000000000Z-aaa"));
    assertTrue(PreviousVersion.newest(List.of(), of, "x", null).isEmpty());
  }
}
