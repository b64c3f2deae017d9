package org.disruptionanalytics.reports.model;

import java.util.List;

/** One section of the report; {@code id} names it in summary.json's figures and in HTML anchors. */
public record Section(String id, String title, List<Block> blocks) {
  public Section {
    blocks = List.copyOf(blocks);
  }
}
