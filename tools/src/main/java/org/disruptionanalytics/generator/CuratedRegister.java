package org.disruptionanalytics.generator;

import static org.disruptionanalytics.generator.Expectation.of;
import static org.disruptionanalytics.generator.Expectation.quarantined;
import static org.disruptionanalytics.generator.Expectation.valid;

import java.util.List;

/**
 * The curated sample's register files and the cases planted in them (refs `PND:900nn`, `SOC:OC-90nn`,
 * out of the background's range). PND:90020, SOC:OC-9020 and PND:90021 form the linked chain of
 * {@link CuratedLinks}; PND:90022 and PND:90023 its same-list pair; PND:90024 its self-link.
 */
final class CuratedRegister {
  static final String PND_FILE = "pnd_register.csv";
  static final String SOC_FILE = "soc_master.jsonl";

  private CuratedRegister() {}

  static List<SampleFile> files(List<GeneratedRow> pndBackground, List<GeneratedRow> socBackground) {
    SampleFile pnd = SampleFile.csv(Dataset.OCG_REGISTER, PND_FILE, Dataset.OCG_REGISTER.columns, false, false,
        false);
    pnd.addInterleaved(PlantingList.background(pndBackground), pndPlanted().records);
    SampleFile soc = SampleFile.jsonLines(Dataset.OCG_REGISTER, SOC_FILE);
    soc.addInterleaved(PlantingList.background(socBackground), socPlanted().records);
    return List.of(pnd, soc);
  }

  static Row group(String ref, String list, String region, String threats, Object tier, String first,
      String assessed, String status, String updated) {
    return new Row()
        .set("ocg_ref", ref).set("list_name", list).set("region_code", region).set("threat_areas", threats)
        .set("tier", tier).set("first_recorded_date", first).set("last_assessed_date", assessed)
        .set("status", status).set("last_updated", updated);
  }

  private static Row pnd(String ref, String region, Object tier, String first, String assessed, String updated) {
    return group(ref, "PND", region, "OIC", tier, first, assessed, "ACTIVE", updated);
  }

  private static PlantingList pndPlanted() {
    PlantingList p = new PlantingList();
    p.row(pnd("PND:90001", "EE", 2L, "2021-06-01", "2024-02-28", "2024-03-01T10:00:00Z"),
        of(Outcome.SUPERSEDED, "older version (ACTIVE)"));
    p.row(pnd("PND:90020", "EE", 1L, "2022-03-14", "2026-09-30", "2026-10-01T09:00:00Z")
            .set("threat_areas", "OIC|MSHT"),
        valid("chain a-b-c of links: a"));
    p.row(pnd("PND:90002", "LDN", "4", "2022-01-10", "2025-01-10", "2025-01-11T09:00:00Z"),
        quarantined("tier 4", Reason.BAD_NUMBER));
    p.row(pnd("PND:90003", "LDN", "x", "2022-01-11", "2025-01-11", "2025-01-12T09:00:00Z"),
        quarantined("tier x", Reason.BAD_NUMBER));
    p.row(pnd("PND:90021", "SE", 3L, "2023-08-02", "2025-04-15", "2025-04-16T09:00:00Z"),
        valid("chain a-b-c of links: c"));
    p.row(pnd("PND:90004", "NW", 2L, "2026-11-05", null, "2026-10-30T10:00:00Z"),
        of(Outcome.AFTER_AS_OF, "first_recorded_date 2026-11-05, after the as-of"));
    p.row(pnd("PND:90005", null, 2L, "2022-02-01", "2025-02-01", "2025-02-02T09:00:00Z"),
        quarantined("empty region_code (required for the register)", Reason.MISSING_FIELD));
    p.row(pnd("PND:90001", "EE", 2L, "2021-06-01", "2025-11-18", "2025-11-20T10:00:00Z").set("status", "ARCHIVED"),
        valid("newer version of PND:90001 (ARCHIVED)"));
    p.malformed(PlantingList.csvText(false, "PND:90006", "PND", "WM", "OIC", "2", "2022-05-05", "2025-05-05",
        "ACTIVE", "2025-05-06T09:00:00Z", "legacy"), "PND:90006 (as written)", "10 fields where the header has 9");
    p.row(pnd("PND:90007", "YH", 3L, "2020-07-07", "2025-07-07", "2025-07-08T09:00:00Z"),
        valid("identical duplicate: first copy"));
    p.row(pnd("PND:90022", "WM", 2L, "2023-01-20", "2026-01-20", "2026-01-21T09:00:00Z"),
        valid("same-list link pair: first"));
    p.row(pnd("PND:90008", "LDN", 2L, "2022-08-08", "2025-08-08", "2025-08-09T09:00:00Z")
            .set("threat_areas", "OIC|PIRACY"),
        quarantined("threat_areas OIC|PIRACY", Reason.BAD_ENUM));
    p.row(pnd("PND:90009", "LDN", 2L, "2022-09-09", "2025-09-31", "2025-10-01T09:00:00Z"),
        quarantined("last_assessed_date 2025-09-31", Reason.BAD_DATE));
    p.row(group(" PND:90007 ", " pnd", "yh ", " oic", "3", "2020-07-07", "2025-07-07", "active",
            "2025-07-08T09:00:00Z"),
        of(Outcome.DUPLICATE_DROPPED, "identical duplicate of PND:90007 once trimmed and upper-cased"));
    p.row(pnd("PND:90023", "WM", 2L, "2024-05-02", "2026-02-11", "2026-02-12T09:00:00Z"),
        valid("same-list link pair: second"));
    p.row(pnd("PND:90010", "MARS", "0", "2022-10-10", "2025-10-10", "2025-10-11T09:00:00Z"),
        quarantined("tier 0 and region_code MARS", Reason.BAD_NUMBER, Reason.UNKNOWN_REGION));
    p.row(pnd("PND:90011", "NE", 2L, "2021-11-11", "2024-11-11", "2024-11-12T09:00:00Z"),
        valid("older version wins: the newer PND:90011 below is quarantined"));
    p.row(pnd("PND:90024", "EM", null, "2024-12-24", null, "2024-12-27T09:00:00Z"),
        valid("self-linked ref; no tier, never assessed"));
    p.row(pnd("PND:90011", "NE", 2L, "2021-11-11", "2025-11-11", "2025-11-12T09:00:00Z").set("status", "DORMANT"),
        quarantined("newer version with status DORMANT", Reason.BAD_ENUM));
    return p;
  }

  private static Row soc(String ref, String region, Object tier, String first, String assessed, String updated) {
    return group(ref, "SOC_MASTER", region, "OIC", tier, first, assessed, "ACTIVE", updated);
  }

  private static PlantingList socPlanted() {
    PlantingList p = new PlantingList();
    p.row(soc("SOC:OC-9001", "LDN", 2L, "2020-01-06", "2023-12-20", "2024-01-10T09:00:00Z"),
        of(Outcome.SUPERSEDED, "older version of a record whose newest copies conflict"));
    p.row(soc("SOC:OC-9001", "LDN", 2L, "2020-01-06", "2025-05-01", "2025-05-05T10:00:00Z"),
        of(Outcome.DUPLICATE_CONFLICT, "same key and last_updated as the next SOC:OC-9001, tier 2"));
    p.row(soc("SOC:OC-9020", "EE", 1L, "2021-04-19", "2026-08-03", "2026-08-04T09:00:00Z")
            .set("threat_areas", "OIC|DRUGS"),
        valid("chain a-b-c of links: b"));
    p.row(soc("SOC:OC-9001", "LDN", 3L, "2020-01-06", "2025-05-01", "2025-05-05T10:00:00Z"),
        of(Outcome.DUPLICATE_CONFLICT, "same key and last_updated as the previous SOC:OC-9001, tier 3"));
    Row twin = soc("SOC:OC-9002", "INTL", 1L, "2019-03-03", "2026-03-03", "2026-03-04T09:00:00Z");
    p.row(twin, valid("identical duplicate: first copy; overseas (INTL)"));
    p.row(soc("SOC:OC-9003", "NW", 2L, "2026-10-12", null, "2026-11-03T09:00:00Z"),
        of(Outcome.AFTER_AS_OF, "last_updated 2026-11-03, after the as-of"));
    p.malformed("[1,2]", "(none)", "a JSON array, not an object");
    p.row(twin.copy(), of(Outcome.DUPLICATE_DROPPED, "exact copy of SOC:OC-9002"));
    p.row(soc("SOC:OC-9005", "WM", 2L, "2021-05-05", "2025-05-05", "2025-05-06T09:00:00Z")
            .set("list_name", "soc_master").set("status", " active "),
        valid("lower-case list_name and status with padding"));
    p.row(soc("SOC:OC-9006", "WM", 2L, "2021-06-06", "2025-06-06", "2026-03-01T10:15:00"),
        quarantined("last_updated without an offset", Reason.BAD_TIMESTAMP));
    p.row(soc("SOC:OC-9007", "WM", "2", "2021-07-07", "2026-07-07", "2026-07-08T09:00:00Z"),
        valid("tier as the JSON string \"2\""));
    return p;
  }
}
