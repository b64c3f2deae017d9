package org.disruptionanalytics.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes realistic, valid investigations: NCA's case system (NCA-led, some led by partners) and the
 * police's (force-led). Now and then an older version (still OPEN) precedes the current row.
 */
final class InvestigationFactory {
  private static final Weighted<String> NCA_LEAD = new Weighted<String>()
      .add("NCA", 80).add("IE", 8).add("BF", 7).add("HMRC", 5);
  private static final Weighted<String> THREAT = new Weighted<String>()
      .add("OIC", 60).add("MSHT", 20).add("DRUGS", 10).add("FIREARMS", 5).add("FRAUD", 5);
  private static final Weighted<String> REGION = new Weighted<String>()
      .add("LDN", 20).add("EE", 15).add("SE", 12).add("NW", 12).add("WM", 10).add("YH", 8).add("EM", 6)
      .add("SW", 5).add("NE", 4).add("WAL", 3).add("SCO", 3).add("INTL", 2);
  private static final Weighted<String> STATUS = new Weighted<String>()
      .add("OPEN", 50).add("CLOSED", 35).add("NFA", 15);
  private static final Map<String, Double> FORCE_WEIGHT = Map.of(
      "MPS", 12.0, "KEN", 8.0, "GMP", 6.0, "WMP", 6.0, "WYP", 4.0, "ESS", 4.0, "BTP", 1.0);

  private final Reference reference;
  private final Timeline time;
  private final RefPicker ocgRefs;
  private final double versionShare;
  private final Weighted<String> force = new Weighted<>();

  InvestigationFactory(Reference reference, Timeline time, RefPicker ocgRefs, double versionShare) {
    this.reference = reference;
    this.time = time;
    this.ocgRefs = ocgRefs;
    this.versionShare = versionShare;
    reference.forceRegions.keySet().forEach(f -> force.add(f, FORCE_WEIGHT.getOrDefault(f, 1.5)));
  }

  /** The rows of one investigation of the given system (NCA or PND), older version first. */
  List<GeneratedRow> next(SplittableRandom r, String source, String id) {
    String lead = source.equals("PND") ? "POLICE" : NCA_LEAD.pick(r);
    String forceCode = null;
    String region;
    if (lead.equals("POLICE")) {
      forceCode = force.pick(r);
      String forceRegion = reference.forceRegions.get(forceCode);
      region = forceRegion.isEmpty() ? "LDN" : r.nextDouble() < 0.4 ? forceRegion : null;
    } else {
      region = REGION.pick(r);
    }
    LocalDate opened = time.trendDay(r);
    String status = STATUS.pick(r);
    LocalDate closed = null;
    if (!status.equals("OPEN")) {
      closed = opened.plusDays(20 + r.nextInt(880));
      if (closed.isAfter(time.asOf)) {
        status = "OPEN";
        closed = null;
      }
    }
    LocalDate lastEvent = closed == null ? opened : closed;
    LocalDate updated = time.notAfterAsOf(lastEvent.plusDays(r.nextInt(11)));
    Row row = new Row()
        .set("source_system", source)
        .set("investigation_id", id)
        .set("lead_agency_code", lead)
        .set("force_code", forceCode)
        .set("region_code", region)
        .set("threat_area", THREAT.pick(r))
        .set("ocg_ref", r.nextDouble() < 0.6 ? ocgRefs.pick(r) : null)
        .set("opened_date", opened.toString())
        .set("closed_date", closed == null ? null : closed.toString())
        .set("status", status)
        .set("last_updated", Timeline.officeTime(r, updated));
    List<GeneratedRow> out = new ArrayList<>(2);
    LocalDate olderDay = opened.plusDays(r.nextInt(3));
    if (r.nextDouble() < versionShare && olderDay.isBefore(updated)) {
      Row older = row.copy()
          .set("status", "OPEN")
          .set("closed_date", null)
          .set("last_updated", Timeline.officeTime(r, olderDay));
      out.add(new GeneratedRow(older, Outcome.SUPERSEDED));
    }
    out.add(new GeneratedRow(row, Outcome.VALID));
    return out;
  }
}
