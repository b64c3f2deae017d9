package org.disruptionanalytics.generator;

import static org.disruptionanalytics.generator.Expectation.quarantined;
import static org.disruptionanalytics.generator.Expectation.valid;

/**
 * A partner's files in the curated sample whose text is hostile to the reports that quote it: HTML
 * markup, spreadsheet formulas, Markdown table breakers. Apart from that text the rows are ordinary and
 * valid (OIC, VALIDATED, in the sample's last two months), so the values travel through data_quality,
 * source_returns, the counts and ocg_coverage, where report tests can show they come out inert. The
 * files sort after the others of their folders and draw no random numbers, so the rest of the sample
 * keeps its bytes and the "earlier" order of links is unchanged.
 */
final class HostileFeed {
  /** `&` is legal in file names on every common file system, and report pages must escape it. */
  static final String DISRUPTIONS_FILE = "zz_partners_&_co.csv";
  static final String REGISTER_FILE = "zz_partner_register.csv";
  static final String LINKS_FILE = "zz_partner_links.csv";

  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid\")";
  static final String PLUS = "+SUM(1)";
  static final String MINUS = "-2+3";
  static final String AT = "@cmd";
  /** Breaks a Markdown table three ways: a pipe, a backslash and a line break (quoted in the CSV). */
  static final String TABLE_BREAKER = "A|B\\C\nD";
  static final String ENTITY = "&amp;</td>";
  static final String SCRIPT = "<script>alert(1)</script>";
  /** Markup inside the local id of a ref; the register lists it, so it reaches ocg_coverage. */
  static final String BOLD_REF = "PND:<b>X</b>";
  /** A ref known only to the partner's links, so the group's ocg_id stays BOLD_REF. */
  private static final String SOC_REF = "SOC:OC-9030";
  private static final String PND_REF = "PND:90030";

  private HostileFeed() {}

  static SampleFile disruptions() {
    SampleFile f = SampleFile.csv(Dataset.DISRUPTIONS, DISRUPTIONS_FILE, Dataset.DISRUPTIONS.columns, false,
        false, false);
    PlantingList p = new PlantingList();
    p.row(claim(IMG, "PF-H01", "LDN", "2026-09-14", "2026-09-15").set("severity", "MODERATE"),
        valid("source_system is HTML with an event handler (upper-cased by the pipeline); September"));
    p.row(claim(IMG, "PF-H02", "SE", "2026-10-06", "2026-10-07"),
        valid("the same HTML source_system in October"));
    p.row(claim(HYPERLINK, "PF-H03", "LDN", "2026-10-08", "2026-10-09"),
        valid("source_system a spreadsheet formula with quotes and a URL"));
    p.row(claim(PLUS, "PF-H04", "EE", "2026-10-09", "2026-10-10"), valid("source_system begins with +"));
    p.row(claim(MINUS, "PF-H05", "NW", "2026-10-12", "2026-10-13"), valid("source_system begins with -"));
    p.row(claim(AT, "PF-H06", "WM", "2026-10-14", "2026-10-15"), valid("source_system begins with @"));
    p.row(claim(TABLE_BREAKER, "PF-H07", "YH", "2026-10-16", "2026-10-19"),
        valid("source_system holds a pipe, a backslash and a line break (a quoted CSV field)"));
    p.row(claim(ENTITY, "PF-H08", "SW", "2026-10-20", "2026-10-21"),
        valid("source_system holds an HTML entity and a closing table-cell tag"));
    p.row(claim(IMG, "PF-H09", "LDN", "2026-10-32", "2026-10-23"),
        quarantined("disruption_date 2026-10-32: the HTML source_system among quarantined rows", Reason.BAD_DATE));
    f.records.addAll(p.records);
    return f;
  }

  static SampleFile register() {
    SampleFile f = SampleFile.csv(Dataset.OCG_REGISTER, REGISTER_FILE, Dataset.OCG_REGISTER.columns, false, false,
        false);
    PlantingList p = new PlantingList();
    // Last assessed over a year before the as-of, with no disruption or investigation: NO_ACTIVITY.
    p.row(CuratedRegister.group(BOLD_REF, "PND", "NW", "OIC", 2L, "2019-04-01", "2024-06-30", "ACTIVE",
            "2024-07-01T09:00:00Z"),
        valid("markup in the ref's local id; a group with no activity"));
    f.records.addAll(p.records);
    return f;
  }

  static SampleFile links() {
    SampleFile f = SampleFile.csv(Dataset.OCG_LINKS, LINKS_FILE, Dataset.OCG_LINKS.columns, false, false, false);
    PlantingList p = new PlantingList();
    // PND to SOC, then SOC to PND: different prefixes, so VALID rather than LINKED_SAME_LIST.
    p.row(CuratedLinks.link(BOLD_REF, SOC_REF, HYPERLINK),
        valid("link_source a spreadsheet formula; joins the markup ref to a ref on no register"));
    p.row(CuratedLinks.link(SOC_REF, PND_REF, SCRIPT),
        valid("link_source a script element; extends the markup ref's group"));
    f.records.addAll(p.records);
    return f;
  }

  private static Row claim(String source, String id, String region, String date, String recorded) {
    return CuratedDisruptions.claim(source, id, "OTHER", null, region, "OIC", date, recorded, "MINOR", "ARREST",
        "VALIDATED", recorded + "T12:00:00Z");
  }
}
