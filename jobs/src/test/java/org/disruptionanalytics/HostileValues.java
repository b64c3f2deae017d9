package org.disruptionanalytics;

import java.util.List;

/**
 * The hostile text planted in data/sample by the generator's HostileFeed (listed in data/sample/PLANTED.md),
 * written out here on its own so that a test of anything that quotes the data (reports in HTML, Markdown,
 * CSV) can look for each value and prove it comes out inert. Kept apart from the generator on purpose: a
 * change to the planted values must fail a test rather than silently move the oracle with it.
 */
public final class HostileValues {
  /** The partner's disruptions file; `&` must be escaped wherever a file name is shown. */
  public static final String DISRUPTIONS_FILE = "disruptions/zz_partners_&_co.csv";
  public static final String REGISTER_FILE = "ocg_register/zz_partner_register.csv";
  public static final String LINKS_FILE = "ocg_links/zz_partner_links.csv";

  /** HTML with an event handler: two VALID rows (September and October 2026) and one QUARANTINED:BAD_DATE. */
  public static final String IMG_SOURCE = "<IMG SRC=X ONERROR=ALERT(1)>";
  public static final String HYPERLINK_SOURCE = "=HYPERLINK(\"HTTP://EXAMPLE.INVALID\")";
  public static final String PLUS_SOURCE = "+SUM(1)";
  public static final String MINUS_SOURCE = "-2+3";
  public static final String AT_SOURCE = "@CMD";
  /** A pipe, a backslash and a line break: each breaks a Markdown table cell unless escaped. */
  public static final String TABLE_BREAKER_SOURCE = "A|B\\C\nD";
  public static final String ENTITY_SOURCE = "&AMP;</TD>";

  /**
   * Disruptions' source_system values as the pipeline reports them (trimmed and upper-cased, as the
   * contract says), each with VALID OIC rows, so they reach data_quality, source_returns and the counts.
   */
  public static final List<String> DISRUPTION_SOURCES = List.of(IMG_SOURCE, HYPERLINK_SOURCE, PLUS_SOURCE,
      MINUS_SOURCE, AT_SOURCE, TABLE_BREAKER_SOURCE, ENTITY_SOURCE);

  /** Links' link_source values: not upper-cased, so as written. */
  public static final String HYPERLINK_LINK_SOURCE = "=HYPERLINK(\"http://example.invalid\")";
  public static final String SCRIPT_LINK_SOURCE = "<script>alert(1)</script>";
  public static final List<String> LINK_SOURCES = List.of(HYPERLINK_LINK_SOURCE, SCRIPT_LINK_SOURCE);

  /**
   * A register ref with markup in its local id: an ACTIVE PND group with no activity (NO_ACTIVITY in
   * ocg_coverage, so on a report's work list), whose linked_refs are
   * {@code PND:90030|PND:<b>X</b>|SOC:OC-9030}.
   */
  public static final String BOLD_REF = "PND:<b>X</b>";

  /** Every hostile text a report may show, for a test that checks none comes out raw. */
  public static final List<String> ALL = List.of(IMG_SOURCE, HYPERLINK_SOURCE, PLUS_SOURCE, MINUS_SOURCE,
      AT_SOURCE, TABLE_BREAKER_SOURCE, ENTITY_SOURCE, HYPERLINK_LINK_SOURCE, SCRIPT_LINK_SOURCE, BOLD_REF,
      DISRUPTIONS_FILE);

  private HostileValues() {}
}
