package org.disruptionanalytics.generator;

import static org.disruptionanalytics.generator.Expectation.of;
import static org.disruptionanalytics.generator.Expectation.quarantined;
import static org.disruptionanalytics.generator.Expectation.valid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The curated sample's disruption files and the cases planted in them. Every planted row has a key of
 * its own (ids `<SYS>-T<nn>`, never used by background rows) unless the case is about versions of one
 * record; planted joint refs (`JOP-yyyy-9nnn`) are likewise out of the background's range.
 */
final class CuratedDisruptions {
  static final String NCA_FILE = "nca_disruptions.csv";
  static final String BF_IE_FILE = "bf_ie_disruptions.jsonl";
  static final String PND_FILE = "pnd_police_disruptions.parquet";
  static final String HMRC_FILE = "hmrc_disruptions.csv";

  /** A column the contract does not name, which the pipeline must ignore (and list in the manifest). */
  static final String NOTES = "officer_notes";

  private CuratedDisruptions() {}

  /** The four files, each with its background rows (by source system) and its planted cases. */
  static List<SampleFile> files(Map<String, List<GeneratedRow>> backgroundBySource) {
    List<String> ncaColumns = new ArrayList<>(Dataset.DISRUPTIONS.columns);
    ncaColumns.add(NOTES);
    // NCA's export: UTF-8 with a byte-order mark and an extra free-text column.
    SampleFile nca = SampleFile.csv(Dataset.DISRUPTIONS, NCA_FILE, ncaColumns, true, false, false);
    nca.addInterleaved(PlantingList.background(backgroundBySource.get("NCA")), ncaPlanted().records);

    List<GeneratedRow> bfIe = new ArrayList<>(backgroundBySource.get("BF"));
    bfIe.addAll(backgroundBySource.get("IE"));
    SampleFile json = SampleFile.jsonLines(Dataset.DISRUPTIONS, BF_IE_FILE);
    json.addInterleaved(PlantingList.background(bfIe), bfIePlanted().records);

    SampleFile pnd = SampleFile.parquet(Dataset.DISRUPTIONS, PND_FILE);
    pnd.addInterleaved(PlantingList.background(backgroundBySource.get("PND")), pndPlanted().records);

    // HMRC's export quotes every field and ends lines with CRLF.
    SampleFile hmrc = SampleFile.csv(Dataset.DISRUPTIONS, HMRC_FILE, Dataset.DISRUPTIONS.columns, false, true,
        true);
    hmrc.addInterleaved(PlantingList.background(backgroundBySource.get("HMRC")), hmrcPlanted().records);
    return List.of(nca, json, pnd, hmrc);
  }

  static Row claim(String source, Object id, String agency, String force, String region, String threat,
      String date, String recorded, String severity, String type, String status, String updated) {
    return new Row()
        .set("source_system", source).set("disruption_id", id).set("agency_code", agency)
        .set("force_code", force).set("region_code", region).set("threat_area", threat)
        .set("ocg_ref", null).set("investigation_ref", null).set("joint_ref", null)
        .set("disruption_date", date).set("recorded_date", recorded).set("severity", severity)
        .set("disruption_type", type).set("status", status).set("last_updated", updated);
  }

  private static Row nca(String id, String region, String date, String recorded, String updated) {
    return claim("NCA", id, "NCA", null, region, "OIC", date, recorded, "MINOR", "ARREST", "VALIDATED", updated);
  }

  private static PlantingList ncaPlanted() {
    PlantingList p = new PlantingList();
    p.row(nca("NCA-T01", "EE", "2024-05-14", "2024-05-16", "2024-05-16T11:20:00Z")
            .set("ocg_ref", "PND:90020").set("joint_ref", "JOP-2024-9117").set("severity", "MODERATE")
            .set("disruption_type", "EQUIPMENT_SEIZURE")
            .set(NOTES, "Two boats, 14 engines seized at Dungeness – handed to Border Force"),
        valid("joint claim JOP-2024-9117 of 2 agencies (partner BF-T01 has another date and severity); "
            + "notes hold a comma and a non-ASCII dash"));
    p.row(nca("NCA-T02", "LDN", "2025-02-03", "2025-02-05", "2025-02-05T16:45:00Z")
            .set("joint_ref", "JOP-2025-9042").set("severity", "MAJOR").set("investigation_ref", "NCA:INV-T01")
            .set(NOTES, "Op \"Harbour\" arrests, 3 charged"),
        valid("joint claim JOP-2025-9042 of 3 agencies (with PND-T01, IE-T01; dates and severities differ); "
            + "notes hold doubled quotes and a comma"));
    p.row(nca("NCA-T03", "NW", "2025-02-20", "2025-02-24", "2025-03-01T09:00:00Z").set("status", "CLAIMED"),
        of(Outcome.SUPERSEDED, "older version (CLAIMED)"));
    p.row(nca("NCA-T25", "SE", "2025-04-28", "2025-05-02", "2025-05-02T10:15:30.123Z"),
        valid("last_updated with a fraction of a second"));
    p.row(nca("NCA-T03", "NW", "2025-02-20", "2025-02-24", "2025-03-10T14:30:00Z").set("severity", "MODERATE")
            .set(NOTES, "Claimed pending CPS decision.\nValidated after charge."),
        valid("newer version of NCA-T03 (VALIDATED, MODERATE); notes hold a line break inside quotes"));
    p.row(nca("NCA-T04", "WM", "2025-08-11", "2025-08-12", "2025-08-12T10:00:00Z")
            .set("disruption_type", "ONLINE_REMOVAL").set("ocg_ref", "SOC:OC-9007"),
        valid("identical duplicate: first copy"));
    p.row(nca("NCA-T26", "SE", "2025-04-28", "2025-05-02", "2025-05-02T10:15Z"),
        valid("last_updated without seconds"));
    p.row(nca("NCA-T05", "SE", "2025-05-28", "2025-05-30", "2025-06-01T08:00:00Z").set("status", "CLAIMED"),
        of(Outcome.SUPERSEDED, "older version of a record whose newest copies conflict"));
    p.row(nca("NCA-T05", "SE", "2025-05-28", "2025-05-30", "2025-06-20T12:00:00Z"),
        of(Outcome.DUPLICATE_CONFLICT, "same key and last_updated as the next NCA-T05, severity MINOR"));
    p.row(nca("NCA-T05", "SE", "2025-05-28", "2025-05-30", "2025-06-20T12:00:00Z").set("severity", "MODERATE"),
        of(Outcome.DUPLICATE_CONFLICT, "same key and last_updated as the previous NCA-T05, severity MODERATE"));
    p.row(nca("NCA-T27", "LDN", "2025-04-29", "2025-05-02", "2025-05-02T11:15:00+01:00"),
        valid("last_updated with a +01:00 offset"));
    p.row(nca("NCA-T04", " WM ", "2025-08-11", "2025-08-12", "2025-08-12T10:00:00Z").set("source_system", " NCA")
            .set("agency_code", "nca").set("threat_area", " oic").set("severity", "minor ")
            .set("disruption_type", "online_removal").set("status", "Validated").set("ocg_ref", "SOC:OC-9007"),
        of(Outcome.DUPLICATE_DROPPED, "identical duplicate of NCA-T04 once trimmed and upper-cased"));
    p.row(nca("NCA-T06", "YH", "2024-07-22", "2024-07-25", "2024-08-01T10:00:00Z")
            .set("disruption_type", "CASH_SEIZURE"),
        valid("older version wins: the newer NCA-T06 below is quarantined"));
    p.row(nca("NCA-T06", "YH", "2024-07-22", "2024-07-25", "2024-09-01T10:00:00Z")
            .set("disruption_type", "CASH_SEIZURE").set("severity", "HUGE"),
        quarantined("newer version with severity HUGE", Reason.BAD_ENUM));
    p.row(nca("NCA-T07", "EE", "2026-10-19", "2026-10-20", "2026-11-02T09:00:00Z").set("severity", "MODERATE"),
        of(Outcome.AFTER_AS_OF, "newer version, updated after the as-of (comes before the older one)"));
    p.row(nca("NCA-T07", "EE", "2026-10-19", "2026-10-20", "2026-10-20T10:00:00Z").set("status", "CLAIMED"),
        valid("older version wins: the newer NCA-T07 is after the as-of"));
    p.row(nca("NCA-T08", "SE", "2026-10-29", "2026-11-03", "2026-11-03T10:00:00Z"),
        of(Outcome.AFTER_AS_OF, "recorded_date 2026-11-03, after the as-of"));
    p.row(nca("NCA-T09", "LDN", "2026-10-30", "2026-10-31", "2026-11-01T00:00:00Z"),
        of(Outcome.AFTER_AS_OF, "last_updated exactly the next day's 00:00Z"));
    p.row(nca("NCA-T10", "LDN", "2026-10-30", "2026-10-31", "2026-10-31T23:59:59Z"),
        valid("last_updated in the last second of the as-of day"));
    p.malformed(PlantingList.csvText(false, "NCA", "NCA-T11", "NCA", "", "LDN", "OIC", "", "", "", "2025-04-02",
        "2025-04-03", "MINOR"), "NCA-T11 (as written)", "12 fields where the header has 16");
    p.malformed(PlantingList.csvText(false, "NCA", "NCA-T12", "NCA", "", "NW", "OIC", "", "", "", "2025-04-09",
        "2025-04-10", "MINOR", "CASH_SEIZURE", "VALIDATED", "2025-04-10T09:00:00Z", "Seized cash")
        + ",phones and ledgers", "NCA-T12 (as written)", "17 fields: an unquoted comma in the notes");
    p.row(nca("", "LDN", "2025-03-03", "2025-03-04", "2025-03-04T09:00:00Z"),
        quarantined("empty disruption_id (between NCA-T12 and NCA-T14)", Reason.MISSING_FIELD));
    p.row(nca("NCA-T14", "LDN", "2025-03-05", "2025-03-06", "2025-03-06T09:00:00Z").set("threat_area", "   "),
        quarantined("threat_area only spaces", Reason.MISSING_FIELD));
    p.row(nca("NCA-T15", null, "2025-03-07", "2025-03-08", "2025-03-08T09:00:00Z"),
        quarantined("not POLICE, neither region_code nor force_code", Reason.MISSING_FIELD));
    p.row(nca("NCA-T16", "EE", "2023-02-31", "2023-03-02", "2023-03-02T09:00:00Z"),
        quarantined("disruption_date 2023-02-31", Reason.BAD_DATE));
    p.row(nca("NCA-T17", "EE", "2026-02-26", "2026-03-01", "2026-03-01T10:15:00"),
        quarantined("last_updated without an offset", Reason.BAD_TIMESTAMP));
    p.row(nca("NCA-T18", "WM", "2025-10-01", "2025-10-02", "2025-10-02T09:00:00Z").set("severity", "HUGE"),
        quarantined("severity HUGE", Reason.BAD_ENUM));
    p.row(nca("NCA-T19", "MARS", "2025-10-03", "2025-10-04", "2025-10-04T09:00:00Z"),
        quarantined("region_code MARS", Reason.UNKNOWN_REGION));
    p.row(nca("NCA-T20", "SW", "2024-06-31", "2024-07-02", "2024-07-02T09:00:00Z").set("severity", "CRITICAL"),
        quarantined("disruption_date 2024-06-31 and severity CRITICAL", Reason.BAD_DATE, Reason.BAD_ENUM));
    p.row(nca("NCA-T21", "MARS", "2024-03-10", "2024-03-08", "last Tuesday"),
        quarantined("last_updated 'last Tuesday', region MARS, recorded before the disruption",
            Reason.BAD_TIMESTAMP, Reason.UNKNOWN_REGION, Reason.DATE_ORDER));
    p.row(nca("NCA-T22", "LDN", "2025-03-09", "2025-03-10", "2025-03-10T09:00:00Z").set("source_system", ""),
        quarantined("empty source_system (counted under UNKNOWN)", Reason.MISSING_FIELD));
    p.row(claim(" nca", "NCA-T23", "nca", null, "ee", " oic ", "2025-09-12", "2025-09-14", "minor", "arrest",
            " validated ", "2025-09-14T13:05:00Z"),
        valid("lower-case enum and code values with padding"));
    p.row(nca("NCA-T24", null, "2025-09-15", "2025-09-16", "2025-09-16T09:30:00Z").set("force_code", "KEN"),
        valid("NCA claim with force_code KEN and no region_code: region EE from the force"));
    return p;
  }

  private static PlantingList bfIePlanted() {
    PlantingList p = new PlantingList();
    p.row(claim("BF", "BF-T01", "BF", null, "EE", "OIC", "2024-05-15", "2024-05-15", "MINOR", "EQUIPMENT_SEIZURE",
            "VALIDATED", "2024-05-15T18:02:00Z").set("ocg_ref", "SOC:OC-9020").set("joint_ref", "JOP-2024-9117"),
        valid("joint claim JOP-2024-9117 (partner NCA-T01)"));
    p.row(claim("IE", "IE-T01", "IE", null, "LDN", "OIC", "2025-02-04", "2025-02-06", "MINOR", "ARREST",
            "VALIDATED", "2025-02-06T09:12:00Z").set("joint_ref", "JOP-2025-9042"),
        valid("joint claim JOP-2025-9042 (partners NCA-T02, PND-T01)"));
    p.row(claim("BF", "BF-T02", "BF", null, "SE", "OIC", "2026-03-17", "2026-03-18", "MODERATE", "CASH_SEIZURE",
            "VALIDATED", "2026-03-18T08:40:00Z").set("joint_ref", "JOP-2026-9009"),
        valid("joint claim JOP-2026-9009 (partner HMRC-T01)"));
    Row ie02 = claim("IE", "IE-T02", "IE", null, "WM", "MSHT", "2025-07-10", "2025-07-11", "MINOR", "ARREST",
        "VALIDATED", "2025-07-14T09:30:00Z");
    p.row(ie02, valid("identical duplicate, three copies: first"));
    p.row(claim("BF", "BF-T04", "BF", null, "EE", "OIC", "2026-10-30", "2026-10-31", "MINOR", "EQUIPMENT_SEIZURE",
            "CLAIMED", "2026-11-01T00:30:00+01:00"),
        valid("last_updated 2026-11-01T00:30+01:00 is 2026-10-31T23:30Z: exists at the as-of"));
    p.row(ie02.copy().set("last_updated", "2025-07-14T10:30:00+01:00"),
        of(Outcome.DUPLICATE_DROPPED, "second copy of IE-T02: same instant written with +01:00"));
    p.row(claim("BF", 40217L, "BF", null, "EE", "OIC", "2025-11-03", "2025-11-04", "MINOR", "ARREST",
            "VALIDATED", "2025-11-04T10:00:00Z"),
        valid("disruption_id written as the JSON number 40217"));
    p.row(claim("BF", "BF-T05", "BF", null, "EE", "OIC", "2026-10-30", "2026-10-31", "MINOR", "EQUIPMENT_SEIZURE",
            "CLAIMED", "2026-10-31T23:30:00-01:00"),
        of(Outcome.AFTER_AS_OF, "last_updated 2026-10-31T23:30-01:00 is 2026-11-01T00:30Z"));
    p.malformed("[1,2]", "(none)", "a JSON array, not an object");
    p.row(ie02.copy(), of(Outcome.DUPLICATE_DROPPED, "third copy of IE-T02"));
    p.malformed("not json", "(none)", "not JSON at all");
    p.blankLine();
    p.row(claim("IE", "IE-T03", "IE", null, "LDN", "OIC", "2025-05-05", "2025-05-06", "MINOR", "ARREST",
            "VALIDATED", "2025-05-06T09:00:00Z").remove("severity"),
        quarantined("no severity key at all", Reason.MISSING_FIELD));
    p.row(claim("IE", "IE-T04", "IE", null, null, "OIC", "2025-05-07", "2025-05-08", "MINOR", "ARREST",
            "VALIDATED", "2025-05-08T09:00:00Z").remove("force_code"),
        quarantined("region_code null and no force_code: no region", Reason.MISSING_FIELD));
    p.row(claim("BF", "BF-T06", "BF", null, "SE", "OIC", "2024-10-30", "2024-11-01", "MINOR", "ARREST",
            "CLAIMED", "2024-11-02T09:00:00Z"),
        of(Outcome.SUPERSEDED, "older version"));
    p.row(claim("IE", "IE-T05", "IE", null, "NW", "MSHT", "2025-01-20", "2025-01-15", "MINOR", "ARREST",
            "VALIDATED", "2025-01-21T09:00:00Z"),
        quarantined("recorded_date before disruption_date", Reason.DATE_ORDER));
    p.row(claim("BF", "BF-T06", "BF", null, "SE", "OIC", "2024-10-30", "2024-11-01", "MODERATE", "ARREST",
            "VALIDATED", "2024-11-05T15:00:00Z"),
        valid("newer version of BF-T06 (VALIDATED, MODERATE)"));
    p.row(claim("BF", "BF-T07", "BF", null, "EE", "OIC", "2025-01-02", "2025-01-03", "MINOR", "ARREST",
            "VALIDATED", "2025-13-01T10:00:00Z"),
        quarantined("last_updated in month 13", Reason.BAD_TIMESTAMP));
    p.malformed("{\"source_system\":\"BF\",\"disruption_id\":\"BF-T08\",\"agency_code\":\"BF\"",
        "BF-T08 (as written)", "a truncated JSON object");
    p.row(claim("IE", "IE-T09", "IE", null, "LDN", "OIC", "2025-06-02", "2025-06-03", "MINOR", "ARREST",
            "APPROVED", "2025-06-03T09:00:00Z"),
        quarantined("status APPROVED", Reason.BAD_ENUM));
    p.row(claim("IE", "IE-T10", "IE", null, "LDN", "OIC", null, "2024-01-08", "MINOR", "ARREST",
            "VALIDATED", "2024-01-08T09:00:00Z").set("disruption_date", 20240105L),
        quarantined("disruption_date the JSON number 20240105 (read as text, not a date)", Reason.BAD_DATE));
    return p;
  }

  private static Row police(String id, String force, String region, String date, String recorded, String updated) {
    return claim("PND", id, "POLICE", force, region, "OIC", date, recorded, "MINOR", "ARREST", "VALIDATED",
        updated);
  }

  private static PlantingList pndPlanted() {
    PlantingList p = new PlantingList();
    p.row(police("PND-T01", "KEN", null, "2025-02-03", "2025-02-04", "2025-02-04T12:00:00Z")
            .set("joint_ref", "JOP-2025-9042").set("severity", "MODERATE"),
        valid("joint claim JOP-2025-9042 (partners NCA-T02, IE-T01); region from force KEN"));
    p.row(police("PND-T02", "WMP", null, "2024-01-05", "2024-01-09", "2024-01-10T09:00:00Z")
            .set("status", "CLAIMED"),
        of(Outcome.SUPERSEDED, "first of three versions"));
    p.row(police("PND-T03", null, "LDN", "2025-03-11", "2025-03-12", "2025-03-12T09:00:00Z"),
        quarantined("POLICE without force_code", Reason.FORCE_REQUIRED));
    p.row(police("PND-T02", "WMP", null, "2024-01-05", "2024-01-09", "2024-02-01T09:00:00Z"),
        of(Outcome.SUPERSEDED, "second of three versions"));
    p.row(police("PND-T04", "ZZZ", null, "2025-03-13", "2025-03-14", "2025-03-14T09:00:00Z"),
        quarantined("force_code ZZZ, no region_code (no MISSING_FIELD then)", Reason.UNKNOWN_FORCE));
    p.row(police("PND-T05", "BTP", null, "2025-03-15", "2025-03-16", "2025-03-16T09:00:00Z"),
        quarantined("British Transport Police without region_code", Reason.MISSING_FIELD));
    p.row(police("PND-T06", "BTP", "LDN", "2025-03-17", "2025-03-18", "2025-03-18T09:00:00Z"),
        valid("British Transport Police with region_code LDN"));
    p.row(police("PND-T02", "WMP", null, "2024-01-05", "2024-01-09", "2024-03-05T15:30:00Z")
            .set("severity", "MODERATE"),
        valid("third and newest version of PND-T02"));
    p.row(police("PND-T07", "MPS", null, "2025-06-06", "2025-06-07", "2025-06-07T14:00:00Z"),
        valid("identical duplicate: first copy, region empty (LDN from force MPS)"));
    p.row(police("PND-T08", "SUS", null, "2025-09-10", "2025-09-01", "2025-09-11T09:00:00Z"),
        quarantined("recorded_date before disruption_date", Reason.DATE_ORDER));
    p.row(police("PND-T07", "MPS", "LDN", "2025-06-06", "2025-06-07", "2025-06-07T14:00:00Z"),
        of(Outcome.DUPLICATE_DROPPED, "second copy of PND-T07 with region_code LDN given: same clean values"));
    p.row(police("PND-T09", "GMP", null, null, "2025-03-20", "2025-03-20T09:00:00Z"),
        quarantined("disruption_date null", Reason.MISSING_FIELD));
    p.row(police("PND-T10", "KEN", null, "2026-10-31", "2026-10-31", "2026-10-31T23:59:59.999999Z"),
        valid("last_updated in the last microsecond of the as-of day"));
    p.row(police("PND-T11", "ESS", null, "2026-10-28", "2026-11-02", "2026-11-02T08:00:00Z"),
        of(Outcome.AFTER_AS_OF, "recorded_date 2026-11-02, after the as-of"));
    p.row(police("PND-T12", null, "SE", "2025-04-10", "2025-04-01", "2025-04-11T09:00:00Z"),
        quarantined("no force_code and recorded before the disruption", Reason.FORCE_REQUIRED, Reason.DATE_ORDER));
    p.row(police("PND-T13", "ZZZ", null, "2025-04-12", "2025-04-13", "2025-04-13T09:00:00Z")
            .set("disruption_type", null),
        quarantined("disruption_type null and force_code ZZZ", Reason.MISSING_FIELD, Reason.UNKNOWN_FORCE));
    p.row(police("PND-T14", "gmp", null, "2025-04-14", "2025-04-15", "2025-04-15T09:00:00Z")
            .set("source_system", " pnd ").set("agency_code", "police"),
        valid("lower-case source_system, agency and force with padding"));
    return p;
  }

  private static Row hmrc(String id, String date, String recorded, String updated) {
    return claim("HMRC", id, "HMRC", null, "LDN", "FRAUD", date, recorded, "MINOR", "CASH_SEIZURE", "VALIDATED",
        updated);
  }

  private static PlantingList hmrcPlanted() {
    PlantingList p = new PlantingList();
    p.row(hmrc("HMRC-T01", "2026-03-16", "2026-03-20", "2026-03-20T15:00:00Z").set("region_code", "SE")
            .set("threat_area", "OIC").set("disruption_type", "ASSET_DENIAL").set("joint_ref", "JOP-2026-9009"),
        valid("joint claim JOP-2026-9009 (partner BF-T02, a day earlier, other severity)"));
    p.row(hmrc("HMRC-T02", "12/03/2024", "2024-03-14", "2024-03-14T09:00:00Z"),
        quarantined("disruption_date 12/03/2024", Reason.BAD_DATE));
    p.row(hmrc("HMRC-T06", "2025-01-06", "2025-01-08", "2025-01-08T09:00:00Z").set("status", "CLAIMED"),
        of(Outcome.SUPERSEDED, "older version"));
    p.row(hmrc("HMRC-T03", "2024-04-02", "2024-04-03", "2024-04-03T09:00:00+01:00").set("status", "PENDING"),
        quarantined("status PENDING", Reason.BAD_ENUM));
    p.row(hmrc("HMRC-T04", "2024-10-10", "2024-10-01", "2024-10-11T09:00:00+01:00"),
        quarantined("recorded_date before disruption_date", Reason.DATE_ORDER));
    p.malformed(PlantingList.csvText(true, "HMRC", "HMRC-T05", "HMRC", "", "LDN", "FRAUD", "", "", "",
            "2024-11-04", "2024-11-05", "MINOR", "CASH_SEIZURE", "VALIDATED", "2024-11-05T09:00:00Z", "extra"),
        "HMRC-T05 (as written)", "16 fields where the header has 15");
    p.row(hmrc("HMRC-T06", "2025-01-06", "2025-01-08", "2025-02-03T09:00:00Z"),
        valid("newer version of HMRC-T06"));
    p.row(hmrc("HMRC-T07", "2025-02-10", "2025-02-11", "2025-02-11T09:00:00Z").set("source_system", "hmrc"),
        valid("lower-case source_system"));
    return p;
  }
}
