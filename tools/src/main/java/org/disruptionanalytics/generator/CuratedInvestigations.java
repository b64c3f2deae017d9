package org.disruptionanalytics.generator;

import static org.disruptionanalytics.generator.Expectation.of;
import static org.disruptionanalytics.generator.Expectation.quarantined;
import static org.disruptionanalytics.generator.Expectation.valid;

import java.util.List;

/** The curated sample's investigation files and the cases planted in them (ids `INV-T<nn>`, `CR-T<nn>`). */
final class CuratedInvestigations {
  static final String NCA_FILE = "nca_investigations.csv";
  static final String PND_FILE = "pnd_investigations.jsonl";

  private CuratedInvestigations() {}

  static List<SampleFile> files(List<GeneratedRow> ncaBackground, List<GeneratedRow> pndBackground) {
    SampleFile nca = SampleFile.csv(Dataset.INVESTIGATIONS, NCA_FILE, Dataset.INVESTIGATIONS.columns, false,
        false, false);
    nca.addInterleaved(PlantingList.background(ncaBackground), ncaPlanted().records);
    SampleFile pnd = SampleFile.jsonLines(Dataset.INVESTIGATIONS, PND_FILE);
    pnd.addInterleaved(PlantingList.background(pndBackground), pndPlanted().records);
    return List.of(nca, pnd);
  }

  static Row investigation(String source, String id, String lead, String force, String region, String threat,
      String opened, String closed, String status, String updated) {
    return new Row()
        .set("source_system", source).set("investigation_id", id).set("lead_agency_code", lead)
        .set("force_code", force).set("region_code", region).set("threat_area", threat).set("ocg_ref", null)
        .set("opened_date", opened).set("closed_date", closed).set("status", status)
        .set("last_updated", updated);
  }

  private static Row nca(String id, String region, String opened, String closed, String status, String updated) {
    return investigation("NCA", id, "NCA", null, region, "OIC", opened, closed, status, updated);
  }

  private static PlantingList ncaPlanted() {
    PlantingList p = new PlantingList();
    p.row(nca("INV-T01", "EE", "2024-02-01", null, "OPEN", "2024-02-02T10:00:00Z").set("ocg_ref", "PND:90020"),
        of(Outcome.SUPERSEDED, "older version (OPEN)"));
    p.row(nca("INV-T02", "LDN", "2025-01-15", null, "OPEN", "2025-01-16T11:00:00Z"),
        valid("identical duplicate: first copy"));
    p.row(nca("INV-T03", "NW", "2024-09-01", "2025-03-01", "CLOSED", "2025-03-02T10:00:00Z")
            .set("threat_area", "MSHT"),
        of(Outcome.DUPLICATE_CONFLICT, "same key and last_updated as the next INV-T03, status CLOSED"));
    p.row(nca("INV-T03", "NW", "2024-09-01", "2025-03-01", "NFA", "2025-03-02T10:00:00Z")
            .set("threat_area", "MSHT"),
        of(Outcome.DUPLICATE_CONFLICT, "same key and last_updated as the previous INV-T03, status NFA"));
    p.row(nca("INV-T01", "EE", "2024-02-01", "2025-06-30", "CLOSED", "2025-07-01T09:00:00Z")
            .set("ocg_ref", "PND:90020"),
        valid("newer version of INV-T01 (CLOSED)"));
    p.row(nca("INV-T04", "SE", "2026-11-04", null, "OPEN", "2026-10-30T15:00:00Z"),
        of(Outcome.AFTER_AS_OF, "opened_date 2026-11-04, after the as-of"));
    p.row(nca("INV-T05", "SE", "2026-10-20", null, "OPEN", "2026-11-01T00:00:00Z"),
        of(Outcome.AFTER_AS_OF, "last_updated exactly the next day's 00:00Z"));
    p.row(nca("INV-T02", " ldn ", "2025-01-15", null, " open", "2025-01-16T11:00:00Z").set("lead_agency_code", "nca")
            .set("threat_area", "oic "),
        of(Outcome.DUPLICATE_DROPPED, "identical duplicate of INV-T02 once trimmed and upper-cased"));
    p.row(nca("INV-T06", "WM", "2025-05-01", "2025-04-01", "CLOSED", "2025-05-02T09:00:00Z"),
        quarantined("closed_date before opened_date", Reason.DATE_ORDER));
    p.malformed(PlantingList.csvText(false, "NCA", "INV-T07", "NCA", "", "LDN", "OIC"), "INV-T07 (as written)",
        "6 fields where the header has 11");
    p.row(nca("INV-T08", "LDN", "2025-02-01", null, "SUSPENDED", "2025-02-02T09:00:00Z"),
        quarantined("status SUSPENDED", Reason.BAD_ENUM));
    p.row(nca("INV-T09", "WM", "2025-02-03", null, "OPEN", "2025-02-04T09:00:00Z").set("lead_agency_code", "POLICE"),
        quarantined("POLICE-led without force_code", Reason.FORCE_REQUIRED));
    p.row(nca("INV-T10", "LDN", "", null, "OPEN", "2025-02-06T09:00:00Z"),
        quarantined("empty opened_date", Reason.MISSING_FIELD));
    p.row(nca("INV-T11", "EE", "2024-05-01", "2024-13-01", "CLOSED", "2024-12-02T09:00:00Z"),
        quarantined("closed_date 2024-13-01", Reason.BAD_DATE));
    p.row(nca("INV-T12", "YH", "2024-06-01", null, "OPEN", "2025-02-01T09:00:00Z"),
        valid("older version wins: the newer INV-T12 below is quarantined"));
    p.row(nca("INV-T12", "MARS", "2024-06-01", null, "OPEN", "2025-03-01T09:00:00Z"),
        quarantined("newer version with region_code MARS", Reason.UNKNOWN_REGION));
    p.row(nca("INV-T13", "LDN", "01/02/2025", null, "WIP", "2025-02-03T09:00:00Z"),
        quarantined("opened_date 01/02/2025 and status WIP", Reason.BAD_DATE, Reason.BAD_ENUM));
    return p;
  }

  private static Row police(String id, String force, String region, String opened, String updated) {
    return investigation("PND", id, "POLICE", force, region, "OIC", opened, null, "OPEN", updated);
  }

  private static PlantingList pndPlanted() {
    PlantingList p = new PlantingList();
    p.malformed("\"just a string\"", "(none)", "a JSON string, not an object");
    p.row(police("CR-T02", "KEN", "MARS", "2025-03-03", "2025-03-04T09:00:00Z"),
        quarantined("region_code MARS", Reason.UNKNOWN_REGION));
    p.row(police("CR-T03", "ZZZ", null, "2025-03-05", "2025-03-06T09:00:00Z"),
        quarantined("force_code ZZZ", Reason.UNKNOWN_FORCE));
    p.row(police("CR-T04", "BTP", null, "2025-03-07", "2025-03-08T09:00:00Z"),
        quarantined("British Transport Police without region_code", Reason.MISSING_FIELD));
    p.row(police("CR-T05", "MPS", null, "2025-05-30", "2025-06-01T10:00:00"),
        quarantined("last_updated without an offset", Reason.BAD_TIMESTAMP));
    p.row(police("CR-T06", "KEN", null, "2025-08-01", "2025-08-02T09:00:00Z").set("ocg_ref", "PND:90021")
            .remove("closed_date"),
        valid("no closed_date key (optional)"));
    return p;
  }
}
