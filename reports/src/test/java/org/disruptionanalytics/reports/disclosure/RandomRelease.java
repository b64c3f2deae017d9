package org.disruptionanalytics.reports.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A generated release from event-level data: agencies and regions (plus ALL) as blocks, three
 * severities, months, quarters and years; joint events claimed by two or three agencies in different
 * regions with different severities. An event's severity in a cell is the highest of its claims
 * that meet the cell's conditions, and a total counts an event once: the way the marts count.
 */
final class RandomRelease {

  static final String[] SEVERITIES = {"major", "moderate", "minor"};

  /** One agency's claim on an event: where, and how severe (0 major, 1 moderate, 2 minor). */
  private record Claim(int agency, int region, int severity) {
  }

  private record Event(int month, List<Claim> claims) {
  }

  final int agencies;
  final int regions;
  final int months;
  final ReleaseProblem problem;
  /** The true value of every variable, by index. */
  final long[] truth;
  /** Ids of the ALL/ALL cells. */
  final List<String> nationalCells = new ArrayList<>();
  final List<AtMost> relations;

  private final int[][][][] variable;

  /** A release of {@code agencies} x {@code regions} blocks over {@code months}, counts drawn from {@code seed}. */
  RandomRelease(long seed, int agencies, int regions, int months) {
    Random random = new Random(seed);
    this.agencies = agencies;
    this.regions = regions;
    this.months = months;
    // About one claim per agency-region block a month: counts of mostly 0 to 3 there, larger
    // ones in the agency, region and national rows.
    double rate = 0.4 + random.nextDouble() * 0.8;
    List<Event> events = new ArrayList<>();
    for (int month = 0; month < months; month++) {
      int count = poisson(random, rate * agencies * regions);
      for (int e = 0; e < count; e++) {
        events.add(new Event(month, claims(random)));
      }
    }

    ReleaseProblem.Builder builder = ReleaseProblem.builder();
    variable = new int[agencies + 1][regions + 1][3][months];
    List<Long> values = new ArrayList<>();
    for (int a = 0; a <= agencies; a++) {
      for (int r = 0; r <= regions; r++) {
        for (int s = 0; s < 3; s++) {
          for (int m = 0; m < months; m++) {
            variable[a][r][s][m] = builder.variable(block(a, r) + "/" + SEVERITIES[s] + "/m" + m);
            values.add(0L);
          }
        }
      }
    }
    for (Event event : events) {
      for (int a = 0; a <= agencies; a++) {
        for (int r = 0; r <= regions; r++) {
          int highest = highest(event, a, r);
          if (highest >= 0) {
            int v = variable[a][r][highest][event.month()];
            values.set(v, values.get(v) + 1);
          }
        }
      }
    }
    truth = values.stream().mapToLong(Long::longValue).toArray();

    for (int a = 0; a <= agencies; a++) {
      for (int r = 0; r <= regions; r++) {
        int level = (a == agencies ? 1 : 0) + (r == regions ? 1 : 0);
        addCells(builder, a, r, "m", 1, 1, level);
        addCells(builder, a, r, "Q", 3, 2, level);
        addCells(builder, a, r, "Y", 12, 3, level);
      }
    }
    for (int m = 0; m < months; m++) {
      addRelations(builder, m);
    }
    problem = builder.build();
    relations = problem.relations();
  }

  long value(Map<Integer, Long> terms) {
    long sum = 0;
    for (Map.Entry<Integer, Long> term : terms.entrySet()) {
      sum += term.getValue() * truth[term.getKey()];
    }
    return sum;
  }

  private String block(int a, int r) {
    return (a == agencies ? "ALL" : "a" + a) + "/" + (r == regions ? "ALL" : "r" + r);
  }

  private List<Claim> claims(Random random) {
    int n = Math.min(random.nextDouble() < 0.25 ? 2 + random.nextInt(2) : 1, Math.min(agencies, regions));
    List<Integer> agencyOrder = shuffled(random, agencies);
    List<Integer> regionOrder = shuffled(random, regions);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      int severity = u < 0.2 ? 0 : u < 0.55 ? 1 : 2;
      claims.add(new Claim(agencyOrder.get(i), regionOrder.get(i), severity));
    }
    return claims;
  }

  private static List<Integer> shuffled(Random random, int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    return order;
  }

  /** The event's severity in block (a, r): the highest of the claims meeting it, or -1. */
  private int highest(Event event, int a, int r) {
    int highest = -1;
    for (Claim claim : event.claims()) {
      boolean meets = (a == agencies || claim.agency() == a) && (r == regions || claim.region() == r);
      if (meets && (highest < 0 || claim.severity() < highest)) {
        highest = claim.severity();
      }
    }
    return highest;
  }

  private static int poisson(Random random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  private void addCells(ReleaseProblem.Builder builder, int a, int r, String period, int length,
      int periodRank, int level) {
    for (int start = 0; start + length <= months; start += length) {
      String span = period + (start / length + 1);
      Map<String, int[]> measures = new LinkedHashMap<>();
      measures.put("disruptions", new int[] {0, 1, 2});
      measures.put("major", new int[] {0});
      measures.put("moderate", new int[] {1});
      measures.put("minor", new int[] {2});
      for (Map.Entry<String, int[]> measure : measures.entrySet()) {
        TreeMap<Integer, Long> terms = new TreeMap<>();
        for (int m = start; m < start + length; m++) {
          for (int s : measure.getValue()) {
            terms.put(variable[a][r][s][m], 1L);
          }
        }
        String id = block(a, r) + "|" + span + "|" + measure.getKey();
        double priority = 100 * level + 10 * periodRank + (measure.getKey().equals("disruptions") ? 1 : 0);
        builder.cell(id, value(terms), priority, terms);
        if (level == 2) {
          nationalCells.add(id);
        }
      }
    }
  }

  /** Joint events make rows non-additive: the relations CONTRACT.md 5.3 lists, month by month. */
  private void addRelations(ReleaseProblem.Builder builder, int m) {
    int[][] groups = {{0, 1, 2}, {0}, {0, 1}, {1}, {2}};
    for (int g = 0; g < groups.length; g++) {
      int[] severities = groups[g];
      boolean partAtMostTotal = g < 3;
      for (int a = 0; a < agencies; a++) {
        List<Map<Integer, Long>> parts = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
          parts.add(expression(a, r, m, severities));
        }
        relate(builder, expression(a, regions, m, severities), parts, partAtMostTotal);
      }
      for (int r = 0; r < regions; r++) {
        List<Map<Integer, Long>> parts = new ArrayList<>();
        for (int a = 0; a < agencies; a++) {
          parts.add(expression(a, r, m, severities));
        }
        relate(builder, expression(agencies, r, m, severities), parts, partAtMostTotal);
      }
      List<Map<Integer, Long>> agencyRows = new ArrayList<>();
      for (int a = 0; a < agencies; a++) {
        agencyRows.add(expression(a, regions, m, severities));
      }
      relate(builder, expression(agencies, regions, m, severities), agencyRows, partAtMostTotal);
      List<Map<Integer, Long>> regionRows = new ArrayList<>();
      for (int r = 0; r < regions; r++) {
        regionRows.add(expression(agencies, r, m, severities));
      }
      relate(builder, expression(agencies, regions, m, severities), regionRows, partAtMostTotal);
    }
  }

  private static void relate(ReleaseProblem.Builder builder, Map<Integer, Long> total,
      List<Map<Integer, Long>> parts, boolean partAtMostTotal) {
    TreeMap<Integer, Long> sum = new TreeMap<>();
    for (Map<Integer, Long> part : parts) {
      sum.putAll(part);
      if (partAtMostTotal) {
        builder.atMost(part, total);
      }
    }
    builder.atMost(total, sum);
  }

  private Map<Integer, Long> expression(int a, int r, int m, int[] severities) {
    TreeMap<Integer, Long> terms = new TreeMap<>();
    for (int s : severities) {
      terms.put(variable[a][r][s][m], 1L);
    }
    return terms;
  }
}
