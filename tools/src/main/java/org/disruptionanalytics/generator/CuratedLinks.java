package org.disruptionanalytics.generator;

import static org.disruptionanalytics.generator.Expectation.of;
import static org.disruptionanalytics.generator.Expectation.quarantined;
import static org.disruptionanalytics.generator.Expectation.valid;

import java.util.List;

/**
 * The curated sample's link files. "Earlier" is by file name then row number, so the 2026 file comes
 * after the 2025 one and repeats there are dropped.
 */
final class CuratedLinks {
  static final String FILE_2025 = "links_2025.csv";
  static final String FILE_2026 = "links_2026.jsonl";

  private CuratedLinks() {}

  static List<SampleFile> files(List<Row> background2025, List<Row> background2026) {
    SampleFile early = SampleFile.csv(Dataset.OCG_LINKS, FILE_2025, Dataset.OCG_LINKS.columns, false, false, false);
    early.addInterleaved(background(background2025), planted2025().records);
    SampleFile late = SampleFile.jsonLines(Dataset.OCG_LINKS, FILE_2026);
    late.addInterleaved(background(background2026), planted2026().records);
    return List.of(early, late);
  }

  static Row link(String a, String b, String source) {
    return new Row().set("ocg_ref_a", a).set("ocg_ref_b", b).set("link_source", source);
  }

  private static List<PlannedRecord> background(List<Row> rows) {
    return rows.stream()
        .map(r -> (PlannedRecord) new PlannedRecord.RowRecord(r, Expectation.background(Outcome.VALID)))
        .toList();
  }

  private static PlantingList planted2025() {
    PlantingList p = new PlantingList();
    p.row(link("PND:90020", "SOC:OC-9020", "NCA_INTEL"), valid("chain a-b (PND to SOC)"));
    p.row(link("SOC:OC-9020", "PND:90021", "ROCU_ANALYST"),
        valid("chain b-c: PND:90020, SOC:OC-9020, PND:90021 are one group"));
    p.row(link("PND:90022", "pnd:90023", "PND_MATCH"),
        of(Outcome.LINKED_SAME_LIST, "two PND refs (prefix upper-cased): a possible duplicate entry in PND"));
    p.row(link("PND:90024", "PND:90024", "PND_MATCH"), valid("self-link: joins nothing"));
    p.row(link("PND:90025", "", "NCA_INTEL"), quarantined("empty ocg_ref_b", Reason.MISSING_FIELD));
    p.malformed(PlantingList.csvText(false, "PND:90026", "SOC:OC-9026", "NCA_INTEL", "2025-03-01"),
        "PND:90026 / SOC:OC-9026 (as written)", "4 fields where the header has 3");
    p.row(link("PND:90028", "SOC:OC-9028", ""),
        valid("empty link_source (counted under UNKNOWN); refs not on the register"));
    p.row(link("PND:90020", "SOC:OC-9020", " NCA_INTEL "),
        of(Outcome.DUPLICATE_DROPPED, "repeats the chain a-b link in the same order; link_source padded"));
    return p;
  }

  private static PlantingList planted2026() {
    PlantingList p = new PlantingList();
    p.row(link("SOC:OC-9020", "PND:90020", "ROCU_ANALYST"),
        of(Outcome.DUPLICATE_DROPPED, "repeats the chain a-b link of links_2025.csv in reverse order"));
    p.malformed("not json", "(none)", "not JSON at all");
    return p;
  }
}
