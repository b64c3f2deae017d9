package org.disruptionanalytics.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes realistic, valid register rows for the PND and SOC master lists. Tier is a number so that JSON
 * Lines shows it as a JSON number. Now and then an older version precedes the current row.
 */
final class RegisterFactory {
  private static final Weighted<String> THREAT = new Weighted<String>()
      .add("OIC", 55).add("MSHT", 15).add("DRUGS", 15).add("FIREARMS", 7).add("FRAUD", 5).add("OTHER", 3);
  private static final Weighted<String> PND_REGION = new Weighted<String>()
      .add("LDN", 20).add("EE", 15).add("SE", 12).add("NW", 12).add("WM", 10).add("YH", 8).add("EM", 6)
      .add("SW", 6).add("NE", 5).add("WAL", 4);
  private static final Weighted<String> SOC_REGION = new Weighted<String>()
      .add("LDN", 18).add("EE", 14).add("SE", 10).add("NW", 10).add("WM", 10).add("YH", 7).add("EM", 5)
      .add("SW", 5).add("NE", 4).add("WAL", 3).add("SCO", 4).add("NI", 3).add("INTL", 7);
  private static final Weighted<Long> TIER = new Weighted<Long>()
      .add(1L, 15).add(2L, 35).add(3L, 35).add(null, 15);

  private final Timeline time;
  private final double versionShare;

  /** The timeline's first day is the earliest first_recorded_date. */
  RegisterFactory(Timeline time, double versionShare) {
    this.time = time;
    this.versionShare = versionShare;
  }

  /** The rows of one group on one list (PND or SOC_MASTER), older version first. */
  List<GeneratedRow> next(SplittableRandom r, String ocgRef, String listName) {
    LocalDate first = Timeline.between(r, time.first, time.asOf.minusDays(30));
    LocalDate assessed = r.nextDouble() < 0.9 ? Timeline.between(r, first, time.asOf) : null;
    LocalDate lastEvent = assessed == null ? first : assessed;
    LocalDate updated = time.notAfterAsOf(lastEvent.plusDays(r.nextInt(6)));
    Row row = new Row()
        .set("ocg_ref", ocgRef)
        .set("list_name", listName)
        .set("region_code", (listName.equals("PND") ? PND_REGION : SOC_REGION).pick(r))
        .set("threat_areas", threatAreas(r))
        .set("tier", TIER.pick(r))
        .set("first_recorded_date", first.toString())
        .set("last_assessed_date", assessed == null ? null : assessed.toString())
        .set("status", r.nextDouble() < 0.85 ? "ACTIVE" : "ARCHIVED")
        .set("last_updated", Timeline.officeTime(r, updated));
    List<GeneratedRow> out = new ArrayList<>(2);
    if (r.nextDouble() < versionShare && first.isBefore(updated)) {
      Row older = row.copy()
          .set("status", "ACTIVE")
          .set("last_assessed_date", null)
          .set("last_updated", Timeline.officeTime(r, first));
      out.add(new GeneratedRow(older, Outcome.SUPERSEDED));
    }
    out.add(new GeneratedRow(row, Outcome.VALID));
    return out;
  }

  /** One to three distinct threat areas, in the contract's order, `|`-joined. */
  private static String threatAreas(SplittableRandom r) {
    double u = r.nextDouble();
    int n = u < 0.6 ? 1 : u < 0.9 ? 2 : 3;
    List<String> picked = new ArrayList<>(n);
    while (picked.size() < n) {
      String t = THREAT.pick(r);
      if (!picked.contains(t)) {
        picked.add(t);
      }
    }
    List<String> ordered = new ArrayList<>(n);
    for (String t : Codes.THREAT_AREAS) {
      if (picked.contains(t)) {
        ordered.add(t);
      }
    }
    return String.join("|", ordered);
  }
}
