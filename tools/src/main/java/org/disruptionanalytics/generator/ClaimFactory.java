package org.disruptionanalytics.generator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the disruption claims of the published sample: which agency claims, in which force area or
 * region, what kind of disruption, and when it was recorded and last updated, never after the as-of.
 * The disruption_id is left unset: {@link PublishedSample} numbers the records once all are made, in the
 * order they were recorded, as a system of record would.
 */
final class ClaimFactory {
  /** Single-agency OIC claims by agency: the forces, over forty of them, claim the most. */
  private static final Weighted<String> AGENCY = new Weighted<String>()
      .add("POLICE", 74).add("NCA", 12).add("BF", 7).add("IE", 4).add("HMRC", 3);
  private static final Weighted<String> JOINT_AGENCY = new Weighted<String>()
      .add("POLICE", 5).add("NCA", 2.5).add("BF", 1.5).add("IE", 0.8).add("HMRC", 0.4);
  private static final Map<String, Weighted<String>> TYPE = Map.of(
      "NCA", new Weighted<String>().add("ARREST", 30).add("CHARGE", 12).add("CONVICTION", 8)
          .add("CASH_SEIZURE", 8).add("ASSET_DENIAL", 6).add("EQUIPMENT_SEIZURE", 8).add("ONLINE_REMOVAL", 16)
          .add("INTERNATIONAL", 12),
      "POLICE", new Weighted<String>().add("ARREST", 50).add("CHARGE", 20).add("CONVICTION", 8)
          .add("CASH_SEIZURE", 8).add("EQUIPMENT_SEIZURE", 6).add("OTHER", 8),
      "BF", new Weighted<String>().add("EQUIPMENT_SEIZURE", 45).add("ARREST", 30).add("INTERNATIONAL", 10)
          .add("CASH_SEIZURE", 10).add("OTHER", 5),
      "IE", new Weighted<String>().add("ARREST", 50).add("CHARGE", 15).add("CASH_SEIZURE", 8)
          .add("INTERNATIONAL", 7).add("OTHER", 20),
      "HMRC", new Weighted<String>().add("CASH_SEIZURE", 45).add("ASSET_DENIAL", 35).add("CHARGE", 15)
          .add("OTHER", 5));
  // Where each non-police agency's claims happen (INTL comes only with INTERNATIONAL claims).
  private static final Map<String, Weighted<String>> REGION = Map.of(
      "NCA", new Weighted<String>().add("LDN", 20).add("EE", 15).add("SE", 14).add("NW", 10).add("WM", 10)
          .add("YH", 7).add("EM", 6).add("SW", 5).add("NE", 4).add("WAL", 3).add("SCO", 3).add("NI", 3),
      "BF", new Weighted<String>().add("EE", 40).add("SE", 25).add("LDN", 15).add("NW", 6).add("SW", 5)
          .add("YH", 3).add("NI", 3).add("SCO", 3),
      "IE", new Weighted<String>().add("LDN", 30).add("WM", 12).add("NW", 12).add("EE", 10).add("SE", 10)
          .add("YH", 8).add("EM", 8).add("SW", 5).add("SCO", 5),
      "HMRC", new Weighted<String>().add("LDN", 35).add("SE", 15).add("EE", 15).add("NW", 10).add("WM", 10)
          .add("YH", 5).add("SCO", 5).add("WAL", 5));
  /** Joint operations happen where the Channel crossings and the ports are. */
  private static final Weighted<String> JOINT_REGION = new Weighted<String>()
      .add("EE", 30).add("SE", 20).add("LDN", 20).add("NW", 10).add("WM", 10).add("YH", 5).add("SW", 5);
  // Regions a British Transport Police claim may name (its force has no region of its own).
  private static final Weighted<String> BTP_REGION = new Weighted<String>()
      .add("LDN", 40).add("SE", 20).add("EE", 20).add("NW", 10).add("WM", 10);
  /** Kent, London and the south coast forces meet most of the small-boat and port cases. */
  private static final Map<String, Double> FORCE_WEIGHT = Map.ofEntries(
      Map.entry("KEN", 14.0), Map.entry("MPS", 12.0), Map.entry("SUS", 6.0), Map.entry("ESS", 6.0),
      Map.entry("HAM", 5.0), Map.entry("GMP", 5.0), Map.entry("WMP", 5.0), Map.entry("WYP", 4.0),
      Map.entry("MER", 3.0), Map.entry("TVP", 3.0), Map.entry("PSC", 3.0), Map.entry("NOR", 2.0),
      Map.entry("SYP", 2.0), Map.entry("PNI", 2.0), Map.entry("AVS", 2.0), Map.entry("BTP", 1.5));
  private static final Weighted<Severity> SEVERITY = new Weighted<Severity>()
      .add(Severity.MAJOR, 4).add(Severity.MODERATE, 14).add(Severity.MINOR, 82);
  private static final Map<String, Weighted<String>> OTHER_THREAT = Map.of(
      "NCA", new Weighted<String>().add("MSHT", 35).add("DRUGS", 30).add("FIREARMS", 20).add("FRAUD", 15),
      "POLICE", new Weighted<String>().add("MSHT", 35).add("DRUGS", 35).add("FIREARMS", 15).add("OTHER", 15),
      "BF", new Weighted<String>().add("DRUGS", 70).add("FIREARMS", 30),
      "IE", new Weighted<String>().add("MSHT", 80).add("OTHER", 20),
      "HMRC", new Weighted<String>().add("FRAUD", 60).add("DRUGS", 40));
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Reference reference;
  private final LocalDate asOf;
  private final RefPicker registeredGroups;
  private final RefPicker ncaInvestigations;
  private final RefPicker pndInvestigations;
  private final Weighted<String> force = new Weighted<>();

  ClaimFactory(Reference reference, LocalDate asOf, RefPicker registeredGroups, RefPicker ncaInvestigations,
      RefPicker pndInvestigations) {
    this.reference = reference;
    this.asOf = asOf;
    this.registeredGroups = registeredGroups;
    this.ncaInvestigations = ncaInvestigations;
    this.pndInvestigations = pndInvestigations;
    reference.forceRegions.keySet().forEach(f -> force.add(f, FORCE_WEIGHT.getOrDefault(f, 1.0)));
  }

  String agency(SplittableRandom r) {
    return AGENCY.pick(r);
  }

  /** Two (most often) or three different agencies claiming one joint operation. */
  List<String> jointAgencies(SplittableRandom r) {
    int partners = r.nextDouble() < 0.75 ? 2 : 3;
    List<String> agencies = new ArrayList<>(partners);
    while (agencies.size() < partners) {
      String a = JOINT_AGENCY.pick(r);
      if (!agencies.contains(a)) {
        agencies.add(a);
      }
    }
    return agencies;
  }

  String jointRegion(SplittableRandom r) {
    return JOINT_REGION.pick(r);
  }

  /** A severity as claims have them, for rows whose severity the table does not fix. */
  Severity severity(SplittableRandom r) {
    return SEVERITY.pick(r);
  }

  /** A threat area other than OIC that the agency works on. */
  String otherThreat(SplittableRandom r, String agency) {
    return OTHER_THREAT.get(agency).pick(r);
  }

  /**
   * One claim without its disruption_id. A joint claim takes the operation's region (a police partner a
   * force of that region) and its joint_ref; jointRegion and jointRef are null for a claim of one agency.
   */
  Row claim(SplittableRandom r, String agency, LocalDate day, String threat, Severity severity, String status,
      String jointRegion, String jointRef) {
    String source = Codes.sourceOf(agency);
    String type = TYPE.get(agency).pick(r);
    String forceCode = null;
    String region;
    if (agency.equals("POLICE")) {
      forceCode = jointRegion == null ? force.pick(r) : forceIn(r, jointRegion);
      String forceRegion = reference.forceRegions.get(forceCode);
      double u = r.nextDouble();
      if (forceRegion.isEmpty()) {
        region = jointRegion == null ? BTP_REGION.pick(r) : jointRegion;
      } else if (u < 0.25) {
        region = forceRegion;
      } else if (u < 0.27 && jointRegion == null) {
        // Now and then officers of one force act in another region; the claim names where it happened.
        region = otherRegionThan(r, forceRegion);
      } else {
        // Most police systems leave the region to be derived from the force.
        region = null;
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
    } else if (agency.equals("NCA") && r.nextDouble() < 0.04) {
      // Some NCA claims name the force area instead of the region.
      do {
        forceCode = force.pick(r);
      } while (reference.forceRegions.get(forceCode).isEmpty());
      region = null;
    } else {
      region = REGION.get(agency).pick(r);
    }
    LocalDate recorded = notAfterAsOf(day.plusDays(Timeline.lagDays(r)));
    LocalDate updated = notAfterAsOf(recorded.plusDays(r.nextInt(3)));
    return new Row()
        .set("source_system", source)
        .set("disruption_id", null)
        .set("agency_code", agency)
        .set("force_code", forceCode)
        .set("region_code", region)
        .set("threat_area", threat)
        .set("ocg_ref", ocgRef(r, source))
        .set("investigation_ref", r.nextDouble() < 0.12
            ? (agency.equals("POLICE") ? pndInvestigations : ncaInvestigations).pick(r) : null)
        .set("joint_ref", jointRef)
        .set("disruption_date", day.toString())
        .set("recorded_date", recorded.toString())
        .set("severity", severity.name())
        .set("disruption_type", type)
        .set("status", status)
        .set("last_updated", updatedAt(r, source, updated));
  }

  /** A day one to twenty days after the given one, capped at the as-of; the given day must be before it. */
  LocalDate laterDay(SplittableRandom r, LocalDate after) {
    if (!after.isBefore(asOf)) {
      throw new IllegalArgumentException("no day after " + after + " up to the as-of " + asOf);
    }
    return notAfterAsOf(after.plusDays(1 + r.nextInt(20)));
  }

  LocalDate notAfterAsOf(LocalDate d) {
    return d.isAfter(asOf) ? asOf : d;
  }

  /** A time during office hours on that day, in the source's notation ({@link #stamp}). */
  String updatedAt(SplittableRandom r, String source, LocalDate day) {
    return stamp(source, day, 7 * 3600 + r.nextInt(12 * 3600));
  }

  /**
   * A last_updated value: HMRC exports UK local time with its offset (+01:00 in summer, +00:00 in
   * winter), the others UTC (Border Force without seconds). Office hours in UK time fall on the same UTC
   * day, so the instant never passes the end of the as-of day.
   */
  String stamp(String source, LocalDate day, int secondOfDay) {
    if (source.equals("BF")) {
      // Border Force's system keeps minutes only.
      return Timeline.stamp(day, secondOfDay, "Z").substring(0, 16) + "Z";
    }
    if (!source.equals("HMRC")) {
      return Timeline.stamp(day, secondOfDay, "Z");
    }
    ZonedDateTime local = ZonedDateTime.of(day, LocalTime.ofSecondOfDay(secondOfDay), UK);
    return Timeline.stamp(day, secondOfDay, local.getOffset().getTotalSeconds() == 0 ? "+00:00" : "+01:00");
  }

  /** The region of a force of the reference list ("" for British Transport Police). */
  String forceRegion(String force) {
    return reference.forceRegions.get(force);
  }

  private String forceIn(SplittableRandom r, String region) {
    List<String> forces = reference.forcesIn(region);
    return forces.get(r.nextInt(forces.size()));
  }

  private static String otherRegionThan(SplittableRandom r, String region) {
    String other;
    do {
      other = JOINT_REGION.pick(r);
    } while (other.equals(region));
    return other;
  }

  /** A registered group now and then, a group known only to the claiming system a little less often. */
  private String ocgRef(SplittableRandom r, String source) {
    double u = r.nextDouble();
    if (u < 0.15) {
      return registeredGroups.pick(r);
    }
    if (u < 0.25) {
      return source.equals("PND") ? "PND:" + (60000 + r.nextInt(20000))
          : "SOC:OC-" + Codes.padded(1000 + r.nextInt(9000), 4);
    }
    return null;
  }
}
