package org.disruptionanalytics.generator;

import static org.disruptionanalytics.generator.CuratedDisruptions.claim;
import static org.disruptionanalytics.generator.Expectation.of;
import static org.disruptionanalytics.generator.Expectation.quarantined;
import static org.disruptionanalytics.generator.Expectation.valid;

import java.util.ArrayList;
import java.util.List;

/**
 * Two disruption exports in their agencies' own layouts, brought in by source mapping files (no code):
 * the Metropolitan Police's CSV (own headers, dd/MM/yyyy dates, London local times, code words) and
 * Immigration Enforcement's casework JSON Lines (nested objects). Rows are planned in the contract's
 * terms and rendered by each {@link ExportLayout}; planted rows carry what the mapping cannot convert.
 * Keys (MPS-26-01nn, IECW-26-03nn) are used nowhere else in the sample.
 */
final class MappedExports {
  static final String MPS_FILE = "mps_export_2026-10.csv";
  static final String IE_FILE = "ie_casework_export.jsonl";

  private MappedExports() {}

  static List<SampleFile> files() {
    SampleFile mps = SampleFile.export(Dataset.DISRUPTIONS, MPS_FILE, SampleFile.Format.CSV, mpsLayout());
    mps.addInterleaved(mpsOrdinary(), mpsPlanted().records);
    SampleFile ie = SampleFile.export(Dataset.DISRUPTIONS, IE_FILE, SampleFile.Format.JSONL, ieLayout());
    ie.addInterleaved(ieOrdinary(), iePlanted().records);
    return List.of(mps, ie);
  }

  static ExportLayout mpsLayout() {
    return new ExportLayout("mps_export.json",
        "Metropolitan Police Service disruption export (monthly CSV from the force's case system)",
        Dataset.DISRUPTIONS, "disruptions/mps_export_*.csv")
        .column("disruption_id", "Disruption Ref").column("disruption_date", "Date of Disruption")
        .column("recorded_date", "Date Recorded").column("force_code", "Force").extra("Borough")
        .column("threat_area", "Threat").column("disruption_type", "Outcome Type").column("severity", "Grade")
        .column("status", "Status").column("ocg_ref", "OCG").extra("Officer in Case")
        .column("last_updated", "Last Modified")
        .constant("source_system", "MPS").constant("agency_code", "POLICE")
        .code("force_code", "Met", "MPS").code("force_code", "City of London", "COL")
        .code("threat_area", "Organised immigration crime", "OIC").code("threat_area", "Drugs", "DRUGS")
        .code("threat_area", "Modern slavery", "MSHT").code("threat_area", "Firearms", "FIREARMS")
        .code("threat_area", "Fraud", "FRAUD").code("threat_area", "Other", "OTHER")
        .code("disruption_type", "Arrest", "ARREST").code("disruption_type", "Charge", "CHARGE")
        .code("disruption_type", "Conviction", "CONVICTION").code("disruption_type", "Cash seizure", "CASH_SEIZURE")
        .code("disruption_type", "Asset denial", "ASSET_DENIAL")
        .code("disruption_type", "Equipment seizure", "EQUIPMENT_SEIZURE")
        .code("disruption_type", "Online removal", "ONLINE_REMOVAL")
        .code("severity", "Major", "MAJOR").code("severity", "Moderate", "MODERATE").code("severity", "Minor", "MINOR")
        .code("status", "Validated", "VALIDATED").code("status", "Claimed", "CLAIMED")
        .code("status", "Rejected", "REJECTED")
        .dates("dd/MM/yyyy").timestamps("dd/MM/yyyy HH:mm", "Europe/London");
  }

  static ExportLayout ieLayout() {
    return new ExportLayout("ie_casework.json",
        "Immigration Enforcement casework export (JSON Lines, one case event per line, nested)",
        Dataset.DISRUPTIONS, "disruptions/ie_casework_*.jsonl")
        .column("disruption_id", "case.id").column("source_system", "case.system").column("agency_code", "agency")
        .column("threat_area", "threat").column("disruption_date", "event.date")
        .column("recorded_date", "event.recorded").column("disruption_type", "event.type")
        .column("region_code", "event.region").extra("event.notes").column("severity", "grading.severity")
        .column("status", "status").column("last_updated", "updated_at").extra("caseworker")
        .code("agency_code", "Immigration Enforcement", "IE").code("agency_code", "Border Force", "BF")
        .code("region_code", "London", "LDN").code("region_code", "South East", "SE")
        .code("region_code", "Eastern", "EE").code("region_code", "South West", "SW")
        .code("region_code", "West Midlands", "WM").code("region_code", "North West", "NW")
        .code("region_code", "Overseas", "INTL")
        .code("disruption_type", "Arrest", "ARREST").code("disruption_type", "Charge", "CHARGE")
        .code("disruption_type", "Conviction", "CONVICTION")
        .code("disruption_type", "Equipment seizure", "EQUIPMENT_SEIZURE")
        .code("disruption_type", "International", "INTERNATIONAL")
        .code("severity", "Major", "MAJOR").code("severity", "Moderate", "MODERATE").code("severity", "Minor", "MINOR")
        .code("status", "Validated", "VALIDATED").code("status", "Claimed", "CLAIMED")
        .code("status", "Rejected", "REJECTED")
        .timestamps("yyyy-MM-dd HH:mm:ss", "UTC");
  }

  private static Row mps(String id, String force, String threat, String date, String recorded, String severity,
      String type, String status, String updated, String borough) {
    return claim("MPS", id, "POLICE", force, null, threat, date, recorded, severity, type, status, updated)
        .set("Borough", borough).set("Officer in Case", "DC " + (4400 + Integer.parseInt(id.substring(7))));
  }

  private static List<PlannedRecord> mpsOrdinary() {
    List<Row> rows = List.of(
        mps("MPS-26-0101", "MPS", "OIC", "2026-09-02", "2026-09-03", "MINOR", "ARREST", "VALIDATED",
            "2026-09-03T10:15:00Z", "Newham"),
        mps("MPS-26-0102", "MPS", "DRUGS", "2026-09-05", "2026-09-07", "MODERATE", "CASH_SEIZURE", "VALIDATED",
            "2026-09-07T14:40:00Z", "Lambeth"),
        mps("MPS-26-0103", "MPS", "FIREARMS", "2026-09-11", "2026-09-11", "MAJOR", "CHARGE", "VALIDATED",
            "2026-09-12T08:05:00Z", "Hackney"),
        mps("MPS-26-0104", "COL", "FRAUD", "2026-09-15", "2026-09-16", "MINOR", "ASSET_DENIAL", "VALIDATED",
            "2026-09-16T11:30:00Z", "City"),
        mps("MPS-26-0105", "MPS", "MSHT", "2026-09-19", "2026-09-22", "MODERATE", "ARREST", "CLAIMED",
            "2026-09-22T16:00:00Z", "Ealing"),
        mps("MPS-26-0106", "MPS", "OIC", "2026-09-24", "2026-09-25", "MINOR", "EQUIPMENT_SEIZURE", "VALIDATED",
            "2026-09-25T09:20:00Z", "Newham"),
        mps("MPS-26-0107", "MPS", "DRUGS", "2026-10-01", "2026-10-02", "MINOR", "ARREST", "VALIDATED",
            "2026-10-02T13:10:00Z", "Croydon"),
        mps("MPS-26-0108", "MPS", "OIC", "2026-10-08", "2026-10-09", "MAJOR", "CONVICTION", "VALIDATED",
            "2026-10-09T15:45:00Z", "Westminster"),
        mps("MPS-26-0109", "MPS", "DRUGS", "2026-10-14", "2026-10-15", "MODERATE", "CASH_SEIZURE", "REJECTED",
            "2026-10-16T10:00:00Z", "Brent"),
        mps("MPS-26-0111", "MPS", "MSHT", "2026-10-20", "2026-10-21", "MINOR", "ONLINE_REMOVAL", "VALIDATED",
            "2026-10-21T12:00:00Z", "Tower Hamlets"));
    return ordinary(rows);
  }

  private static PlantingList mpsPlanted() {
    PlantingList p = new PlantingList();
    p.row(mps("MPS-26-0110", "MPS", "OIC", "2026-09-29", "2026-09-30", "MINOR", "ARREST", "CLAIMED",
            "2026-09-30T09:00:00Z", "Newham"),
        of(Outcome.SUPERSEDED, "older version (Claimed)"));
    p.row(mps("MPS-26-0112", "MPS", "OIC", "2026-10-04", "2026-10-05", "MAJOR", "ARREST", "VALIDATED",
            "2026-10-05T11:00:00Z", "Hillingdon").set("force_code", new AsWritten(" met "))
            .set("threat_area", new AsWritten("organised IMMIGRATION crime")).set("severity", new AsWritten("MAJOR")),
        valid("Force ' met ', Threat and Grade in other letter cases: code words match ignoring case and padding"));
    p.row(mps("MPS-26-0113", "MPS", "DRUGS", "2026-10-05", "2026-10-06", "MINOR", "ARREST", "VALIDATED",
            "2026-10-06T10:00:00Z", "Hounslow").set("force_code", new AsWritten("Thames Valley")),
        quarantined("Force 'Thames Valley' is not in the mapping's force codes", Reason.UNKNOWN_FORCE));
    p.row(mps("MPS-26-0110", "MPS", "OIC", "2026-09-29", "2026-09-30", "MODERATE", "ARREST", "VALIDATED",
            "2026-10-06T15:20:00Z", "Newham"),
        valid("newer version of MPS-26-0110 (Validated, Moderate); Last Modified 06/10/2026 16:20 BST"));
    p.row(mps("MPS-26-0114", "MPS", "OIC", "2026-10-03", "2026-10-04", "MINOR", "ARREST", "VALIDATED",
            "2026-10-04T09:00:00Z", "Bexley").set("disruption_date", new AsWritten("2026-10-03")),
        quarantined("Date of Disruption 2026-10-03 is not dd/MM/yyyy (though a contract date)", Reason.BAD_DATE));
    p.row(mps("MPS-26-0115", "MPS", "FIREARMS", "2026-09-30", "2026-10-01", "MAJOR", "CHARGE", "VALIDATED",
            "2026-10-01T09:00:00Z", "Enfield").set("recorded_date", new AsWritten("31/09/2026")),
        quarantined("Date Recorded 31/09/2026: no such day", Reason.BAD_DATE));
    p.row(mps("MPS-26-0116", "MPS", "OIC", "2026-10-07", "2026-10-08", "MAJOR", "ARREST", "VALIDATED",
            "2026-10-08T09:00:00Z", "Southwark").set("severity", new AsWritten("Critical")),
        quarantined("Grade 'Critical' is not in the mapping's severity codes", Reason.BAD_ENUM));
    p.row(mps("MPS-26-0117", "MPS", "OIC", "2026-10-24", "2026-10-24", "MINOR", "ARREST", "VALIDATED",
            "2026-10-25T00:30:00Z", "Newham"),
        valid("Last Modified 25/10/2026 01:30 happens twice (clocks go back): the earlier, BST reading, 00:30Z"));
    p.row(mps("MPS-26-0118", "MPS", "DRUGS", "2026-03-27", "2026-03-28", "MINOR", "ARREST", "VALIDATED",
            "2026-03-28T09:00:00Z", "Haringey").set("last_updated", new AsWritten("29/03/2026 01:30")),
        quarantined("Last Modified 29/03/2026 01:30 never happened in London (clocks went forward)",
            Reason.BAD_TIMESTAMP));
    p.row(mps("MPS-26-0119", "MPS", "OIC", "2026-10-30", "2026-10-31", "MINOR", "ARREST", "VALIDATED",
            "2026-10-31T23:59:00Z", "Barnet"),
        valid("Last Modified 31/10/2026 23:59 GMT: the last minute of the as-of day"));
    p.row(mps("MPS-26-0120", "MPS", "OIC", "2026-10-30", "2026-10-31", "MINOR", "ARREST", "VALIDATED",
            "2026-11-01T00:30:00Z", "Barnet"),
        of(Outcome.AFTER_AS_OF, "Last Modified 01/11/2026 00:30 GMT, after the as-of"));
    p.row(mps("MPS-26-0121", null, "MSHT", "2026-10-10", "2026-10-12", "MINOR", "ARREST", "VALIDATED",
            "2026-10-12T09:00:00Z", "Redbridge"),
        quarantined("Force empty on a police export", Reason.FORCE_REQUIRED));
    p.row(mps("MPS-26-0122", "MPS", "OIC", "2026-10-11", "2026-10-11", "MINOR", "ARREST", "VALIDATED",
            "2026-10-11T23:30:00Z", "Newham"),
        valid("Last Modified 12/10/2026 00:30 BST is 2026-10-11T23:30Z"));
    return p;
  }

  private static Row ie(String id, String agency, String region, String threat, String date, String recorded,
      String severity, String type, String status, String updated) {
    return claim("IE", id, agency, null, region, threat, date, recorded, severity, type, status, updated)
        .set("caseworker", "HO-" + (88100 + Integer.parseInt(id.substring(8))));
  }

  private static List<PlannedRecord> ieOrdinary() {
    List<Row> rows = List.of(
        ie("IECW-26-0301", "IE", "LDN", "OIC", "2026-09-03", "2026-09-04", "MINOR", "ARREST", "VALIDATED",
            "2026-09-04T11:02:00Z"),
        ie("IECW-26-0302", "BF", "SE", "OIC", "2026-09-06", "2026-09-06", "MODERATE", "EQUIPMENT_SEIZURE",
            "VALIDATED", "2026-09-06T18:30:00Z"),
        ie("IECW-26-0303", "IE", "WM", "MSHT", "2026-09-10", "2026-09-12", "MINOR", "ARREST", "VALIDATED",
            "2026-09-12T09:45:00Z"),
        ie("IECW-26-0304", "IE", "NW", "OIC", "2026-09-17", "2026-09-18", "MAJOR", "CHARGE", "VALIDATED",
            "2026-09-18T15:10:00Z"),
        ie("IECW-26-0305", "BF", "EE", "OIC", "2026-09-23", "2026-09-23", "MINOR", "EQUIPMENT_SEIZURE", "CLAIMED",
            "2026-09-24T08:00:00Z"),
        ie("IECW-26-0306", "IE", "LDN", "OIC", "2026-10-02", "2026-10-05", "MODERATE", "CONVICTION", "VALIDATED",
            "2026-10-05T12:20:00Z"),
        ie("IECW-26-0307", "BF", "SE", "OIC", "2026-10-12", "2026-10-12", "MINOR", "EQUIPMENT_SEIZURE",
            "VALIDATED", "2026-10-13T07:55:00Z"),
        ie("IECW-26-0308", "IE", "SW", "MSHT", "2026-10-19", "2026-10-20", "MINOR", "ARREST", "REJECTED",
            "2026-10-21T10:30:00Z"));
    return ordinary(rows);
  }

  private static PlantingList iePlanted() {
    PlantingList p = new PlantingList();
    p.row(ie("IECW-26-0309", "IE", "INTL", "OIC", "2026-09-08", "2026-09-09", "MAJOR", "INTERNATIONAL",
            "VALIDATED", "2026-09-09T16:00:00Z"),
        valid("event.region Overseas: region INTL"));
    p.row(ie("IECW-26-0310", "IE", "LDN", "OIC", "2026-09-14", "2026-09-15", "MINOR", "ARREST", "VALIDATED",
            "2026-09-15T10:12:00Z").set("agency_code", new AsWritten("Home Office")),
        quarantined("agency 'Home Office' is not in the mapping's agency codes", Reason.BAD_ENUM));
    p.row(ie("IECW-26-0311", "IE", "LDN", "OIC", "2026-09-20", "2026-09-21", "MINOR", "ARREST", "VALIDATED",
            "2026-09-21T10:00:00Z").remove("disruption_date"),
        quarantined("no event.date in the event object", Reason.MISSING_FIELD));
    p.row(ie("IECW-26-0312", "IE", "LDN", "OIC", "2026-09-22", "2026-09-23", "MINOR", "ARREST", "VALIDATED",
            "2026-09-23T10:00:00Z").remove("source_system"),
        quarantined("no case.system: no source_system (counted under UNKNOWN)", Reason.MISSING_FIELD));
    p.row(ie("IECW-26-0313", "IE", "LDN", "OIC", "2026-09-25", "2026-09-26", "MINOR", "ARREST", "VALIDATED",
            "2026-09-26T10:00:00Z").set("region_code", new AsWritten("Narnia")),
        quarantined("event.region 'Narnia' is not in the mapping's region codes", Reason.UNKNOWN_REGION));
    p.malformed("{\"case\":{\"id\":\"IECW-26-0314\",\"system\":\"IE\"},\"agency\":\"Immigration Enforcement\","
            + "\"threat\":\"OIC\",\"event\":{\"date\":\"2026-10-06\",\"recorded\":\"2026-10-07\",\"type\":\"Arrest\","
            + "\"region\":\"London\"},\"grading\":\"Major\",\"status\":\"Validated\","
            + "\"updated_at\":\"2026-10-07 09:00:00\",\"caseworker\":\"HO-88414\"}",
        "IE / IECW-26-0314 (as written)", "grading is text, not an object: the path grading.severity cannot be read");
    p.row(ie("IECW-26-0315", "IE", "LDN", "OIC", "2026-10-04", "2026-10-05", "MINOR", "ARREST", "VALIDATED",
            "2026-10-05T10:00:00Z").set("last_updated", new AsWritten("2026-10-05T10:00:00Z")),
        quarantined("updated_at 2026-10-05T10:00:00Z is not yyyy-MM-dd HH:mm:ss (though a contract timestamp)",
            Reason.BAD_TIMESTAMP));
    p.row(ie("IECW-26-0316", "BF", "SE", "OIC", "2026-10-30", "2026-10-31", "MINOR", "EQUIPMENT_SEIZURE",
            "VALIDATED", "2026-11-01T00:00:00Z"),
        of(Outcome.AFTER_AS_OF, "updated_at 2026-11-01 00:00:00 UTC, after the as-of"));
    p.row(ie("IECW-26-0317", "IE", "LDN", "MSHT", "2026-10-15", "2026-10-16", "MODERATE", "ARREST", "VALIDATED",
            "2026-10-16T14:00:00Z").set("severity", new AsWritten(" moderate "))
            .set("event.notes", "Two adults safeguarded"),
        valid("grading.severity ' moderate ' matches Moderate; event.notes is not mapped (ignored)"));
    p.row(ie("IECW-26-0318", "IE", "LDN", "OIC", "2026-10-14", "2026-10-15", "MINOR", "ARREST", "VALIDATED",
            "2026-10-15T10:00:00Z").set("disruption_date", new AsWritten("14/10/2026")),
        quarantined("event.date 14/10/2026: dates of this export are yyyy-MM-dd", Reason.BAD_DATE));
    p.row(ie("IECW-26-0319", "BF", null, "OIC", "2026-10-22", "2026-10-22", "MINOR", "EQUIPMENT_SEIZURE",
            "VALIDATED", "2026-10-22T20:00:00Z").remove("region_code"),
        quarantined("Border Force case with no event.region (and no force): no region", Reason.MISSING_FIELD));
    return p;
  }

  private static List<PlannedRecord> ordinary(List<Row> rows) {
    List<PlannedRecord> out = new ArrayList<>();
    rows.forEach(r -> out.add(new PlannedRecord.RowRecord(r, Expectation.background(Outcome.VALID))));
    return out;
  }
}
