package org.disruptionanalytics.reports.sections;

import static org.disruptionanalytics.contract.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.DataTable.Column;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;
import org.disruptionanalytics.reports.warehouse.Table;

/**
 * Coverage of known groups (Recommendation 7: assess every known group regularly): groups of the
 * threat area by coverage status and region, and the work list of groups with no activity or no
 * assessment in the last 12 months.
 */
public final class CoverageSection {

  static final String ID = "coverage";
  private static final String TABLE = "ocg_coverage";
  static final List<String> STATUSES = List.of("DISRUPTED_12M", "UNDER_INVESTIGATION", "ASSESSED_ONLY", "NO_ACTIVITY");

  private CoverageSection() {}

  public record Group(String ocgId, String linkedRefs, String region, Integer tier, String status, LocalDate lastAssessed,
      Integer daysSinceAssessed) {}

  static List<Group> groups(Table t, String threat) {
    List<Group> groups = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      String threats = t.string(THREAT_AREAS, r);
      if (threats == null || !Arrays.asList(threats.split("\\|")).contains(threat)) {
        continue;
      }
      groups.add(new Group(t.string(OCG_ID, r), t.string(LINKED_REFS, r), t.string(REGION_CODE, r),
          t.integer(TIER, r), t.string(COVERAGE_STATUS, r), t.date(LAST_ASSESSED_DATE, r),
          t.integer(DAYS_SINCE_ASSESSED, r)));
    }
    return groups;
  }

  static Section build(FigureBook book, List<Group> groups, ReportContext ctx) {
    List<Block> blocks = new ArrayList<>();
    String threat = ctx.threatArea();
    Map<String, Map<String, Long>> byRegion = new TreeMap<>();
    Map<String, Long> national = new LinkedHashMap<>();
    STATUSES.forEach(s -> national.put(s, 0L));
    for (Group g : groups) {
      byRegion.computeIfAbsent(g.region(), k -> {
        Map<String, Long> m = new LinkedHashMap<>();
        STATUSES.forEach(s -> m.put(s, 0L));
        return m;
      }).merge(g.status(), 1L, Long::sum);
      national.merge(g.status(), 1L, Long::sum);
    }
    long total = groups.size();
    long none = national.get("NO_ACTIVITY");
    blocks.add(new Block.Paragraph(List.of(Inline.text("Known " + threat + " groups (active on the Police National"
        + " Database or the SOC master list, linked across systems): "),
        figure(book, threat, "ALL", "ALL", total),
        Inline.text(". With no disruption in the last 12 months, no open investigation and no assessment in the"
            + " last 12 months (NO_ACTIVITY): "),
        figure(book, threat, "NO_ACTIVITY", "ALL", none),
        Inline.text(total == 0 ? "." : " (" + Words.percent(none, total) + ")."))));
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(THREAT_AREAS, null, false));
    columns.add(new Column(REGION_CODE, "Region", false));
    STATUSES.forEach(s -> columns.add(new Column(s.toLowerCase(java.util.Locale.ROOT), s, true)));
    columns.add(new Column("groups", "All groups", true));
    List<List<Cell>> rows = new ArrayList<>();
    byRegion.forEach((region, m) -> rows.add(row(book, threat, region, m)));
    rows.add(row(book, threat, "ALL", national));
    blocks.add(new Block.Table(new DataTable("coverage_by_region",
        "Known " + threat + " groups by coverage status and region", columns, rows)));
    blocks.add(workList(book, groups, ctx));
    return new Section(ID, "Coverage of known groups", blocks);
  }

  private static List<Cell> row(FigureBook book, String threat, String region, Map<String, Long> counts) {
    List<Cell> row = new ArrayList<>();
    row.add(Cell.text(threat));
    row.add(Cell.text(region));
    long sum = 0;
    for (String s : STATUSES) {
      Inline.FigureText f = figure(book, threat, s, region, counts.get(s));
      row.add(new Cell(counts.get(s), f.display(), f.figure()));
      sum += counts.get(s);
    }
    Inline.FigureText f = figure(book, threat, "ALL", region, sum);
    row.add(new Cell(sum, f.display(), f.figure()));
    return row;
  }

  /** A count of groups; the key's threat_areas means "groups whose threat areas include it". */
  private static Inline.FigureText figure(FigureBook book, String threat, String status, String region, long value) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put(THREAT_AREAS, threat);
    key.put(COVERAGE_STATUS, status);
    key.put(REGION_CODE, region);
    return new Inline.FigureText(book.add(ID, TABLE, "count", key, value, List.of()), Words.count(value));
  }

  /**
   * Groups to look at first: no activity at all, or not assessed on or since the day 12 months
   * before the as-of. Tier 1 first, then 2, 3 and none; within a tier the longest unassessed
   * first (never assessed before all), then by group id.
   */
  private static Block workList(FigureBook book, List<Group> groups, ReportContext ctx) {
    LocalDate yearBefore = ctx.asOf().minusYears(1);
    List<Group> list = new ArrayList<>();
    for (Group g : groups) {
      boolean stale = g.lastAssessed() == null || !g.lastAssessed().isAfter(yearBefore);
      if ("NO_ACTIVITY".equals(g.status()) || stale) {
        list.add(g);
      }
    }
    list.sort(Comparator.comparing((Group g) -> g.tier() == null ? 4 : g.tier())
        .thenComparing(g -> g.daysSinceAssessed() == null ? Integer.MIN_VALUE : -g.daysSinceAssessed())
        .thenComparing(Group::ocgId));
    List<Column> columns = List.of(new Column(OCG_ID, "Group", false), new Column(LINKED_REFS, "Refs", false),
        new Column(REGION_CODE, "Region", false), new Column(TIER, "Tier", true),
        new Column(COVERAGE_STATUS, "Status", false), new Column(LAST_ASSESSED_DATE, "Last assessed", false),
        new Column(DAYS_SINCE_ASSESSED, "Days since assessed", true), new Column("reason", "Why listed", false));
    List<List<Cell>> rows = new ArrayList<>();
    for (Group g : list) {
      Map<String, String> key = new LinkedHashMap<>();
      key.put(OCG_ID, g.ocgId());
      Long days = g.daysSinceAssessed() == null ? null : (long) g.daysSinceAssessed();
      int f = book.add(ID, TABLE, DAYS_SINCE_ASSESSED, key, days, days == null ? List.of("x") : List.of());
      String reason = "NO_ACTIVITY".equals(g.status()) ? "no activity"
          : g.lastAssessed() == null ? "never assessed" : "not assessed in the last 12 months";
      if ("NO_ACTIVITY".equals(g.status()) && g.lastAssessed() == null) {
        reason = "no activity; never assessed";
      }
      rows.add(List.of(Cell.text(g.ocgId()), Cell.text(g.linkedRefs()), Cell.text(g.region()),
          g.tier() == null ? Cell.of("none", "none") : Cell.of((long) g.tier(), g.tier().toString()),
          Cell.text(g.status()), g.lastAssessed() == null ? Cell.of(Cell.Shorthand.X, "never")
              : Cell.text(g.lastAssessed().toString()),
          days == null ? new Cell(Cell.Shorthand.X, "[x]", f) : new Cell(days, Words.count(days), f),
          Cell.text(reason)));
    }
    return new Block.Table(new DataTable("work_list", "Work list: " + ctx.threatArea()
        + " groups with no activity, or not assessed since " + Words.day(yearBefore) + " (tier 1 first)", columns, rows));
  }
}
