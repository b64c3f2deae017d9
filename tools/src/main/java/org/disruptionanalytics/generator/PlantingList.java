package org.disruptionanalytics.generator;

import java.util.ArrayList;
import java.util.List;

/** The planted records of one sample file, in the order they are to appear among the background rows. */
final class PlantingList {
  final List<PlannedRecord> records = new ArrayList<>();

  PlantingList row(Row row, Expectation expect) {
    records.add(new PlannedRecord.RowRecord(row, expect));
    return this;
  }

  /** A record written verbatim that the parser must reject as MALFORMED_ROW. */
  PlantingList malformed(String text, String key, String note) {
    records.add(new PlannedRecord.RawRecord(text, key, Expectation.quarantined(note, Reason.MALFORMED_ROW)));
    return this;
  }

  PlantingList blankLine() {
    records.add(new PlannedRecord.BlankLine());
    return this;
  }

  /** A CSV record from the given fields, quoted as the file's writer would quote them. */
  static String csvText(boolean quoteAll, String... fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      CsvOut.appendField(b, fields[i], quoteAll);
    }
    return b.toString();
  }

  /** Background rows as planned records carrying only their outcome. */
  static List<PlannedRecord> background(List<GeneratedRow> rows) {
    List<PlannedRecord> out = new ArrayList<>(rows.size());
    for (GeneratedRow g : rows) {
      out.add(new PlannedRecord.RowRecord(g.row(), Expectation.background(g.outcome())));
    }
    return out;
  }
}
