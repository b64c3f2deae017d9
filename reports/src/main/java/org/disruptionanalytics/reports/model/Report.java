package org.disruptionanalytics.reports.model;

import java.util.List;

/**
 * The monthly summary in memory: every format is rendered from this one object, so no two
 * formats can disagree.
 */
public record Report(
    String contractVersion, String asOf, String runId, String threatArea, String audience, String title,
    String subtitle, List<Section> sections, List<Figure> figures, List<String> notes) {

  public Report {
    sections = List.copyOf(sections);
    figures = List.copyOf(figures);
    notes = List.copyOf(notes);
  }

  /** Every table of the report, in the order shown. */
  public List<DataTable> tables() {
    return sections.stream().flatMap(s -> s.blocks().stream())
        .filter(b -> b instanceof Block.Table).map(b -> ((Block.Table) b).table()).toList();
  }
}
