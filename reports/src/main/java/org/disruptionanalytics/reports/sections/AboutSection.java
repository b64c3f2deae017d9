package org.disruptionanalytics.reports.sections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Inline;
import org.disruptionanalytics.reports.model.Section;

/** The counting rules in brief and what any reader needs to trace the release to its run. */
final class AboutSection {

  static final String ID = "about";

  private AboutSection() {}

  static Section build(FigureBook book, ReportContext ctx) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Bullets(List.of(
        List.of(Inline.text("A disruption is an event: the rows of several agencies that share a joint reference are"
            + " one event, counted once in a total; otherwise each source record is one event. Its date is the"
            + " earliest date among its rows.")),
        List.of(Inline.text("Only validated claims count (rejected ones never do). A row counts when it was recorded"
            + " on or before the as-of day and its latest version is known by then; later rows and versions wait"
            + " for the next release.")),
        List.of(Inline.text("By agency and by region, an event counts once for each agency or region among its rows,"
            + " so those rows add up to more than the total. Its severity is the highest among its rows.")),
        List.of(Inline.text("Each period is compared with the same span a year earlier. Changes are described in"
            + " words only as strongly as the exact ratio allows; the 95% interval of the ratio is the exact"
            + " conditional (Clopper-Pearson) interval.")),
        List.of(Inline.text("Shorthand: [p] provisional (the period is still running), [x] not available (no"
            + " comparable period a year earlier), [z] not applicable (a percentage against none), [u] low"
            + " reliability (a base under 10, summary.json only), [c] suppressed (published release only).")))));
    Map<String, String> key = new LinkedHashMap<>();
    key.put("inputs", "ALL");
    int files = book.add(ID, "manifest", "count(inputs)", key, (long) ctx.inputFiles(), List.of());
    blocks.add(new Block.Paragraph(List.of(Inline.text("As of " + Words.day(ctx.asOf()) + " (" + ctx.asOf()
            + "); run " + ctx.runId() + "; data contract version " + ctx.contractVersion() + "; "),
        new Inline.FigureText(files, Words.count(ctx.inputFiles())),
        Inline.text(" input files (listed with their SHA-256 in the warehouse's _manifest.json)."))));
    return new Section(ID, "About these statistics", blocks);
  }
}
