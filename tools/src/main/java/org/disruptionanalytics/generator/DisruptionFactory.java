package org.disruptionanalytics.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes realistic, valid disruption claims: one event is one agency's claim, or (a joint disruption) the
 * claims of two or three agencies sharing a joint_ref. Each claim gets a fresh key from a per-system
 * sequence; now and then an older version of the claim (same key, earlier last_updated) comes first.
 */
final class DisruptionFactory {
  private static final Weighted<String> AGENCY = new Weighted<String>()
      .add("NCA", 28).add("POLICE", 40).add("BF", 14).add("IE", 11).add("HMRC", 7);
  private static final Weighted<String> JOINT_AGENCY = new Weighted<String>()
      .add("NCA", 3).add("POLICE", 3).add("BF", 2).add("IE", 2).add("HMRC", 1);
  private static final Map<String, Weighted<String>> THREAT = Map.of(
      "NCA", new Weighted<String>().add("OIC", 70).add("MSHT", 10).add("DRUGS", 10).add("FIREARMS", 5)
          .add("FRAUD", 5),
      "POLICE", new Weighted<String>().add("OIC", 50).add("MSHT", 20).add("DRUGS", 18).add("FIREARMS", 8)
          .add("OTHER", 4),
      "BF", new Weighted<String>().add("OIC", 80).add("DRUGS", 15).add("FIREARMS", 5),
      "IE", new Weighted<String>().add("OIC", 65).add("MSHT", 30).add("OTHER", 5),
      "HMRC", new Weighted<String>().add("OIC", 40).add("FRAUD", 35).add("DRUGS", 25));
  private static final Weighted<String> JOINT_THREAT = new Weighted<String>()
      .add("OIC", 75).add("MSHT", 15).add("DRUGS", 10);
  private static final Map<String, Weighted<String>> TYPE = Map.of(
      "NCA", new Weighted<String>().add("ARREST", 30).add("CHARGE", 12).add("CONVICTION", 8)
          .add("CASH_SEIZURE", 10).add("ASSET_DENIAL", 8).add("EQUIPMENT_SEIZURE", 8)
          .add("ONLINE_REMOVAL", 12).add("INTERNATIONAL", 10).add("OTHER", 2),
      "POLICE", new Weighted<String>().add("ARREST", 45).add("CHARGE", 20).add("CONVICTION", 10)
          .add("CASH_SEIZURE", 12).add("EQUIPMENT_SEIZURE", 5).add("OTHER", 8),
      "BF", new Weighted<String>().add("EQUIPMENT_SEIZURE", 45).add("ARREST", 30).add("INTERNATIONAL", 10)
          .add("CASH_SEIZURE", 10).add("OTHER", 5),
      "IE", new Weighted<String>().add("ARREST", 55).add("CHARGE", 15).add("CASH_SEIZURE", 10).add("OTHER", 20),
      "HMRC", new Weighted<String>().add("CASH_SEIZURE", 40).add("ASSET_DENIAL", 30).add("CHARGE", 20)
          .add("OTHER", 10));
  // Where each non-police agency's claims happen (INTL comes only with INTERNATIONAL claims).
  private static final Map<String, Weighted<String>> REGION = Map.of(
      "NCA", new Weighted<String>().add("LDN", 20).add("EE", 15).add("SE", 12).add("NW", 10).add("WM", 10)
          .add("YH", 7).add("EM", 6).add("SW", 5).add("NE", 4).add("WAL", 3).add("SCO", 3).add("NI", 2),
      "BF", new Weighted<String>().add("EE", 38).add("SE", 22).add("LDN", 15).add("NW", 8).add("SW", 6)
          .add("YH", 4).add("NI", 4).add("SCO", 3),
      "IE", new Weighted<String>().add("LDN", 30).add("WM", 12).add("NW", 12).add("EE", 10).add("SE", 10)
          .add("YH", 8).add("EM", 8).add("SW", 5).add("SCO", 5),
      "HMRC", new Weighted<String>().add("LDN", 30).add("NW", 12).add("WM", 12).add("SE", 10).add("EE", 10)
          .add("YH", 8).add("EM", 6).add("SW", 5).add("SCO", 4).add("WAL", 3));
  private static final Weighted<String> JOINT_REGION = new Weighted<String>()
      .add("EE", 30).add("SE", 20).add("LDN", 20).add("NW", 10).add("WM", 10).add("YH", 5).add("SW", 5);
  // Regions a British Transport Police claim may name (its force has no region of its own).
  private static final Weighted<String> BTP_REGION = new Weighted<String>()
      .add("LDN", 40).add("SE", 15).add("NW", 15).add("WM", 10).add("EE", 10).add("YH", 10);
  private static final Weighted<String> SEVERITY = new Weighted<String>()
      .add("MAJOR", 5).add("MODERATE", 15).add("MINOR", 80);
  private static final Weighted<String> STATUS = new Weighted<String>()
      .add("VALIDATED", 84).add("CLAIMED", 11).add("REJECTED", 5);
  private static final Map<String, Double> FORCE_WEIGHT = Map.ofEntries(
      Map.entry("MPS", 14.0), Map.entry("KEN", 10.0), Map.entry("GMP", 7.0), Map.entry("WMP", 7.0),
      Map.entry("WYP", 5.0), Map.entry("ESS", 5.0), Map.entry("SUS", 4.0), Map.entry("HAM", 4.0),
      Map.entry("TVP", 4.0), Map.entry("MER", 4.0), Map.entry("LAN", 3.0), Map.entry("AVS", 3.0),
      Map.entry("NOR", 3.0), Map.entry("SYP", 3.0), Map.entry("NOT", 3.0), Map.entry("PSC", 3.0),
      Map.entry("PNI", 2.0), Map.entry("SWP", 2.0), Map.entry("BTP", 1.5));

  private final Reference reference;
  private final Timeline time;
  private final RefPicker ocgRefs;
  private final RefPicker ncaInvestigations;
  private final RefPicker pndInvestigations;
  private final double jointShare;
  private final double versionShare;
  private final Weighted<String> force = new Weighted<>();
  private final Map<String, Long> nextId = new HashMap<>();
  private long nextJoint = 1;

  DisruptionFactory(Reference reference, Timeline time, RefPicker ocgRefs, RefPicker ncaInvestigations,
      RefPicker pndInvestigations, double jointShare, double versionShare) {
    this.reference = reference;
    this.time = time;
    this.ocgRefs = ocgRefs;
    this.ncaInvestigations = ncaInvestigations;
    this.pndInvestigations = pndInvestigations;
    this.jointShare = jointShare;
    this.versionShare = versionShare;
    reference.forceRegions.keySet().forEach(f -> force.add(f, FORCE_WEIGHT.getOrDefault(f, 1.0)));
  }

  /** The rows of the next event, in the order they are written: each older version before its newer one. */
  List<GeneratedRow> nextEvent(SplittableRandom r) {
    LocalDate day = time.trendDay(r);
    List<GeneratedRow> out = new ArrayList<>(4);
    if (r.nextDouble() < jointShare) {
      for (Row claim : joint(r, day)) {
        addVersioned(r, claim, out);
      }
    } else {
      String agency = AGENCY.pick(r);
      addVersioned(r, claim(r, agency, day, THREAT.get(agency).pick(r), null, null), out);
    }
    return out;
  }

  /** One valid single-agency claim with no older version: fills the last rows of a fixed-size output. */
  GeneratedRow nextSingle(SplittableRandom r) {
    LocalDate day = time.trendDay(r);
    String agency = AGENCY.pick(r);
    return new GeneratedRow(claim(r, agency, day, THREAT.get(agency).pick(r), null, null), Outcome.VALID);
  }

  /** One valid claim of a single agency with a fresh key, for callers that then spoil or date it on purpose. */
  Row singleClaim(SplittableRandom r, String agency, LocalDate day) {
    return claim(r, agency, day, THREAT.get(agency).pick(r), null, null);
  }

  private List<Row> joint(SplittableRandom r, LocalDate day) {
    int partners = r.nextDouble() < 0.7 ? 2 : 3;
    List<String> agencies = new ArrayList<>(partners);
    while (agencies.size() < partners) {
      String a = JOINT_AGENCY.pick(r);
      if (!agencies.contains(a)) {
        agencies.add(a);
      }
    }
    String region = JOINT_REGION.pick(r);
    String threat = JOINT_THREAT.pick(r);
    String jointRef = "JOP-" + day.getYear() + "-" + Codes.padded(nextJoint++, 4);
    List<Row> rows = new ArrayList<>(partners);
    for (String agency : agencies) {
      // Partners often record the same operation a day or two apart.
      LocalDate partnerDay = time.notAfterAsOf(day.plusDays(r.nextInt(3)));
      rows.add(claim(r, agency, partnerDay, threat, region, jointRef));
    }
    return rows;
  }

  private Row claim(SplittableRandom r, String agency, LocalDate day, String threat, String jointRegion,
      String jointRef) {
    String source = Codes.sourceOf(agency);
    long seq = nextId.merge(source, 1L, Long::sum);
    String type = TYPE.get(agency).pick(r);
    String forceCode = null;
    String region;
    if (agency.equals("POLICE")) {
      forceCode = jointRegion == null ? force.pick(r) : forceIn(r, jointRegion);
      String forceRegion = reference.forceRegions.get(forceCode);
      if (forceRegion.isEmpty()) {
        region = jointRegion == null ? BTP_REGION.pick(r) : jointRegion;
      } else {
        // Most police systems leave the region to be derived from the force.
        region = r.nextDouble() < 0.3 ? forceRegion : null;
      }
      if (type.equals("INTERNATIONAL")) {
        type = "OTHER";
      }
    } else if (jointRegion != null) {
      region = jointRegion;
      if (type.equals("INTERNATIONAL")) {
        type = "ARREST";
      }
    } else if (type.equals("INTERNATIONAL")) {
      region = "INTL";
    } else if (agency.equals("NCA") && r.nextDouble() < 0.05) {
      // Some NCA claims name the force area instead of the region.
      do {
        forceCode = force.pick(r);
      } while (reference.forceRegions.get(forceCode).isEmpty());
      region = null;
    } else {
      region = REGION.get(agency).pick(r);
    }
    LocalDate recorded = time.notAfterAsOf(day.plusDays(Timeline.lagDays(r)));
    LocalDate updated = time.notAfterAsOf(recorded.plusDays(r.nextInt(3)));
    Row row = new Row()
        .set("source_system", source)
        .set("disruption_id", source + "-D-" + Codes.padded(seq, 6))
        .set("agency_code", agency)
        .set("force_code", forceCode)
        .set("region_code", region)
        .set("threat_area", threat)
        .set("ocg_ref", ocgRef(r))
        .set("investigation_ref", r.nextDouble() < 0.35
            ? (agency.equals("POLICE") ? pndInvestigations : ncaInvestigations).pick(r) : null)
        .set("joint_ref", jointRef)
        .set("disruption_date", day.toString())
        .set("recorded_date", recorded.toString())
        .set("severity", SEVERITY.pick(r))
        .set("disruption_type", type)
        .set("status", STATUS.pick(r));
    row.set("last_updated", updatedAt(r, source, updated));
    return row;
  }

  private String forceIn(SplittableRandom r, String region) {
    List<String> forces = reference.forcesIn(region);
    return forces.get(r.nextInt(forces.size()));
  }

  private String ocgRef(SplittableRandom r) {
    double u = r.nextDouble();
    if (u < 0.62) {
      return ocgRefs.pick(r);
    }
    if (u < 0.70) {
      // A group known to the claiming system but not (yet) on either register.
      return "PND:" + (60000 + r.nextInt(10000));
    }
    return null;
  }

  /** HMRC exports local time with its offset; the others export UTC. */
  private static String updatedAt(SplittableRandom r, String source, LocalDate day) {
    int second = 7 * 3600 + r.nextInt(12 * 3600);
    if (source.equals("HMRC") && day.getMonthValue() >= 4 && day.getMonthValue() <= 9) {
      // Local summer time is an hour ahead, so the instant stays on or before this UTC day.
      return Timeline.stamp(day, second, "+01:00");
    }
    return Timeline.stamp(day, second, "Z");
  }

  /**
   * Adds the claim, first (now and then) with an older version of it: CLAIMED on the day it was
   * recorded, then updated days later. Skipped when the later update would fall after the as-of.
   */
  private void addVersioned(SplittableRandom r, Row claim, List<GeneratedRow> out) {
    if (r.nextDouble() < versionShare) {
      LocalDate recorded = LocalDate.parse(claim.text("recorded_date"));
      LocalDate later = recorded.plusDays(1 + r.nextInt(20));
      if (!later.isAfter(time.asOf)) {
        String source = claim.text("source_system");
        Row older = claim.copy()
            .set("status", "CLAIMED")
            .set("last_updated", updatedAt(r, source, recorded));
        claim.set("last_updated", updatedAt(r, source, later));
        out.add(new GeneratedRow(older, Outcome.SUPERSEDED));
      }
    }
    out.add(new GeneratedRow(claim, Outcome.VALID));
  }
}
