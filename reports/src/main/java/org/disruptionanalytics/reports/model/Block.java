package org.disruptionanalytics.reports.model;

import java.util.List;

/** What a section holds, in order: paragraphs, lists, tables and charts. */
public sealed interface Block {

  record Paragraph(List<Inline> parts) implements Block {
    public Paragraph {
      parts = List.copyOf(parts);
    }
  }

  /** A list of short statements, each one paragraph's worth of parts. */
  record Bullets(List<List<Inline>> items) implements Block {
    public Bullets {
      items = items.stream().map(List::copyOf).toList();
    }
  }

  record Table(DataTable table) implements Block {}

  record Figure(Chart chart) implements Block {}
}
