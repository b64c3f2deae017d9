package org.disruptionanalytics.reports.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.DataTable.Column;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;
import org.disruptionanalytics.reports.revisions.FigureSink;
import org.disruptionanalytics.reports.text.DisplayNumber;

/**
 * The "Claims checked" section of the internal release (report.sh --claims FILE): each statement
 * with its verdict and caveats, both counts, the change and the strongest phrase the data
 * supports, then why. Its table is tables/claims_checked.csv; its counts are figures of
 * summary.json, keyed by the claim.
 */
public final class ClaimsSection {

  public static final String ID = "claims";
  public static final String TABLE_NAME = "claims_checked";

  private ClaimsSection() {}

  public static Section build(FigureSink sink, List<ClaimResult> results) {
    List<Block> blocks = new ArrayList<>();
    long supported = results.stream().filter(ClaimResult::supported).count();
    blocks.add(new Block.Paragraph(List.of(Inline.text(results.size() + (results.size() == 1 ? " statement" : " statements")
        + " checked against these figures before anyone says them (scripts/check-claim.sh); " + supported
        + " supported. A claim is SUPPORTED when the exact change is at least what its words say; caveats say what a"
        + " reader must also know, and a figure quoted in public must be in the published release."))));
    List<List<Cell>> rows = new ArrayList<>();
    List<List<Inline>> notes = new ArrayList<>();
    for (ClaimResult r : results) {
      Map<String, String> key = new LinkedHashMap<>(r.key());
      key.put("compare_with", r.claim().compareWith() == null ? "" : r.claim().compareWith());
      key.put("says", r.claim().says());
      List<String> flags = r.caveats().contains(Caveat.PROVISIONAL) ? List.of("p") : List.of();
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(r.claim().says()));
      row.add(Cell.text(r.claim().period() + (r.claim().compareWith() == null ? "" : " vs " + r.claim().compareWith())));
      row.add(Cell.text(r.key().get("threat_area")));
      row.add(Cell.text(r.key().get("agency_code")));
      row.add(Cell.text(r.key().get("region_code")));
      row.add(Cell.text(r.verdict().name()));
      row.add(Cell.text(String.join(" ", r.caveats().stream().map(Enum::name).toList())));
      row.add(count(sink, key, flags, "current", r.current()));
      row.add(count(sink, key, flags, "prior", r.prior()));
      row.add(count(sink, key, flags, "change", r.change()));
      row.add(r.pctChange() == null ? Cell.of(null, "")
          : new Cell(r.pctChange(), r.pctText(), sink.add(ID, TABLE_NAME, "pct_change", key, r.pctChange(), flags)));
      row.add(Cell.text(r.supportedPhrase()));
      rows.add(row);
      List<Inline> note = new ArrayList<>();
      note.add(Inline.text("\u201c" + r.claim().says().trim() + "\u201d for " + r.claim().period().trim()
          + (r.claim().compareWith() == null ? "" : " against " + r.claim().compareWith()) + ": " + r.verdict()
          + (r.caveats().isEmpty() ? "" : " (" + String.join(", ", r.caveats().stream().map(Enum::name).toList()) + ")")
          + ". " + (r.sentence() == null ? "" : r.sentence() + " ") + String.join(". ", r.reasons().stream()
          .map(ClaimsSection::capitalised).toList()) + "."));
      notes.add(note);
    }
    blocks.add(new Block.Table(new DataTable(TABLE_NAME, "Claims checked", List.of(
        new Column("says", "Statement", false), new Column("period", "Period", false),
        new Column("threat_area", null, false), new Column("agency_code", "Agency", false),
        new Column("region_code", "Region", false), new Column("verdict", "Verdict", false),
        new Column("caveats", "Caveats", false), new Column("current", "Count", true),
        new Column("prior", "Compared with", true), new Column("change", "Change", true),
        new Column("pct_change", "% change", true), new Column("supported_phrase", "Strongest supported phrase",
            false)), rows)));
    blocks.add(new Block.Bullets(notes));
    return new Section(ID, "Claims checked", blocks);
  }

  private static Cell count(FigureSink sink, Map<String, String> key, List<String> flags, String measure, Long v) {
    if (v == null) {
      return Cell.of(null, "");
    }
    String shown = measure.equals("change") && v > 0 ? "+" + DisplayNumber.count(v) : DisplayNumber.count(v);
    return new Cell(v, shown, sink.add(ID, TABLE_NAME, measure, key, v, flags));
  }

  private static String capitalised(String s) {
    // "r = 2,955 / 2,174" names the ratio, and stays lower case.
    return s.isEmpty() || s.startsWith("r = ") ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
