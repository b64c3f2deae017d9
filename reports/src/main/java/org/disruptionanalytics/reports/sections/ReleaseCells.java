package org.disruptionanalytics.reports.sections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.disclosure.ReleaseProblem;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;

/**
 * Every count the published release shows, as a cell of a disclosure problem: its value and the
 * unknowns it adds up, so that the intruder sees every relation the counting rules make true
 * (CONTRACT.md 5.3).
 *
 * <p>The unknowns are counts of events in segments of time: the spans between consecutive
 * boundaries of every span the release counts (a period, its prior, a running period's days to the
 * as-of and the same days a year earlier). Nationally (agency ALL, region ALL) there is one
 * unknown per severity and segment, so that a cell's count is the sum of its severities over its
 * segments; for an agency or a region, whose rows the release shows without severities, one per
 * segment. Agency and region rows are not additive (a joint event counts once in the total and
 * once for each agency or region that claimed it): for each segment a part is at most the total
 * and the total at most the sum of the parts.
 */
public final class ReleaseCells {

  static final List<String> SEVERITIES = List.of("MAJOR", "MODERATE", "MINOR");
  private static final String TOTAL = "TOTAL";
  private static final String NATIONAL = "ALL/ALL";

  /**
   * Preference to stay published: national totals of the headline periods, then of the series,
   * then national severities (each two tiers lower than its totals), then the breakdowns by agency
   * and region, then coverage and data quality; larger counts first within a tier.
   */
  static final double HEADLINE = 6e12;
  static final double SERIES = 5e12;
  static final double SEVERITY_DROP = 2e12;
  static final double BREAKDOWN = 2e12;
  static final double OTHER = 1e12;

  /** One count of the release: the mart cell and measure it shows, and the span and severities it sums. */
  record Count(String id, CountCell cell, Measure measure, long value, String block, List<String> severities,
      LocalDate from, LocalDate to, double priority) {}

  private final List<Count> cells = new ArrayList<>();
  private final Map<String, Count> byId = new LinkedHashMap<>();
  /** Each cell's unknowns, once the problem is built. */
  private final Map<String, Map<Integer, Long>> terms = new LinkedHashMap<>();

  static String id(CountCell c, Measure m) {
    return String.join("|", "disruption_counts", c.threatArea(), c.periodType(), c.periodLabel(), c.agencyCode(),
        c.regionCode(), m.name());
  }

  private static String block(CountCell c) {
    return c.agencyCode() + "/" + c.regionCode();
  }

  /** Adds the cell's measures; a prior that is not available (null) is no cell. */
  ReleaseCells add(ReportingPeriod p, CountCell c, double tier, Measure... measures) {
    for (Measure m : measures) {
      boolean prior = m.name().startsWith("PRIOR_");
      if (m.comparesWithPrior() || m == Measure.CHANGE_) {
        throw new IllegalArgumentException("not a count: " + m);
      }
      Long value = (Long) CountFigures.value(c, m);
      if (value == null) {
        continue;
      }
      String severity = switch (m) {
        case MAJOR_, PRIOR_MAJOR_ -> "MAJOR";
        case MODERATE_, PRIOR_MODERATE_ -> "MODERATE";
        case MINOR_, PRIOR_MINOR_ -> "MINOR";
        default -> null;
      };
      String block = block(c);
      List<String> severities = !block.equals(NATIONAL) ? List.of(TOTAL)
          : severity == null ? SEVERITIES : List.of(severity);
      if (!block.equals(NATIONAL) && severity != null) {
        throw new IllegalArgumentException("the release shows severities nationally only: " + id(c, m));
      }
      double priority = (severity == null ? tier : tier - SEVERITY_DROP) + value;
      Count count = new Count(id(c, m), c, m, value, block, severities, prior ? p.priorStart() : p.start(),
          prior ? p.priorEnd() : p.dataTo(), priority);
      if (byId.putIfAbsent(count.id(), count) == null) {
        cells.add(count);
      }
    }
    return this;
  }

  List<Count> cells() {
    return List.copyOf(cells);
  }

  /** The disclosure problem of these cells, with the groups' and data quality's own cells added by the caller. */
  ReleaseProblem.Builder problem(ReleaseProblem.Builder b) {
    // Segments: national boundaries include every block's, so a block's segment is a union of national ones.
    TreeSet<LocalDate> blockCuts = new TreeSet<>();
    TreeSet<LocalDate> nationalCuts = new TreeSet<>();
    List<LocalDate[]> blockSpans = new ArrayList<>();
    for (Count c : cells) {
      TreeSet<LocalDate> cuts = c.block().equals(NATIONAL) ? nationalCuts : blockCuts;
      cuts.add(c.from());
      cuts.add(c.to().plusDays(1));
      if (!c.block().equals(NATIONAL)) {
        blockSpans.add(new LocalDate[] {c.from(), c.to()});
      }
    }
    nationalCuts.addAll(blockCuts);
    List<LocalDate> national = List.copyOf(nationalCuts);
    List<LocalDate> blocks = List.copyOf(blockCuts);

    Map<String, Integer> vars = new TreeMap<>();
    TreeSet<String> blockNames = new TreeSet<>();
    cells.forEach(c -> blockNames.add(c.block()));
    for (String block : blockNames) {
      List<LocalDate> cuts = block.equals(NATIONAL) ? national : blocks;
      for (String severity : block.equals(NATIONAL) ? SEVERITIES : List.of(TOTAL)) {
        for (int i = 0; i + 1 < cuts.size(); i++) {
          String name = block + "|" + severity + "|" + cuts.get(i);
          vars.put(name, b.variable(name));
        }
      }
    }
    for (Count c : cells) {
      List<LocalDate> cuts = c.block().equals(NATIONAL) ? national : blocks;
      Map<Integer, Long> terms = new TreeMap<>();
      for (LocalDate start : segments(cuts, c.from(), c.to())) {
        for (String severity : c.severities()) {
          terms.put(vars.get(c.block() + "|" + severity + "|" + start), 1L);
        }
      }
      b.cell(c.id(), c.value(), c.priority(), terms);
      this.terms.put(c.id(), terms);
    }
    // Agencies and regions against the national total, per block segment inside a span they count
    // (outside those spans an agency without rows may still have events, so no relation is claimed).
    TreeSet<String> agencies = new TreeSet<>();
    TreeSet<String> regions = new TreeSet<>();
    for (String block : blockNames) {
      if (block.equals(NATIONAL)) {
        continue;
      }
      (block.startsWith(Counts.ALL + "/") ? regions : agencies).add(block);
    }
    for (int i = 0; i + 1 < blocks.size(); i++) {
      LocalDate start = blocks.get(i);
      LocalDate end = blocks.get(i + 1).minusDays(1);
      boolean counted = blockSpans.stream().anyMatch(s -> !s[0].isAfter(start) && !s[1].isBefore(end));
      if (!counted || !blockNames.contains(NATIONAL)) {
        continue;
      }
      Map<Integer, Long> total = new TreeMap<>();
      for (LocalDate n : segments(national, start, end)) {
        for (String severity : SEVERITIES) {
          total.put(vars.get(NATIONAL + "|" + severity + "|" + n), 1L);
        }
      }
      for (TreeSet<String> parts : List.of(agencies, regions)) {
        if (parts.isEmpty()) {
          continue;
        }
        Map<Integer, Long> sum = new TreeMap<>();
        for (String part : parts) {
          int v = vars.get(part + "|" + TOTAL + "|" + start);
          b.atMost(Map.of(v, 1L), total);
          sum.put(v, 1L);
        }
        b.atMost(total, sum);
      }
    }
    return b;
  }

  /** A count known from outside the release, with the same unknowns as the cell it repeats. */
  void known(ReleaseProblem.Builder b, Count c, String id) {
    b.known(id, c.value(), terms.get(c.id()));
  }

  /** The segment starts of the cuts that lie in [from, to]. */
  private static List<LocalDate> segments(List<LocalDate> cuts, LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      if (!cuts.get(i).isBefore(from) && !cuts.get(i + 1).minusDays(1).isAfter(to)) {
        out.add(cuts.get(i));
      }
    }
    return out;
  }
}
