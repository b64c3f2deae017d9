package org.disruptionanalytics.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes planned sample files and does the bookkeeping as each record goes out: the outcome declared
 * with the record goes to the tally, and planted records, with their position in the file, to the log.
 */
final class SampleWriter {
  private final Path root;
  private final OutcomeTally tally;
  private final PlantedLog log;

  SampleWriter(Path root, OutcomeTally tally, PlantedLog log) {
    this.root = root;
    this.tally = tally;
    this.log = log;
  }

  void write(SampleFile file) throws IOException {
    Path dir = root.resolve(file.dataset.folder);
    Files.createDirectories(dir);
    Path path = dir.resolve(file.name);
    String shown = file.dataset.folder + "/" + file.name;
    if (file.export != null) {
      Path mapping = root.resolve(file.export.mappingPath());
      Files.createDirectories(mapping.getParent());
      Files.writeString(mapping, file.export.mappingJson(), StandardCharsets.UTF_8);
    }
    long rows = 0;
    long planted = 0;
    switch (file.format) {
      case CSV -> {
        try (CsvOut out = new CsvOut(path, file.byteOrderMark, file.crlf)) {
          out.record(file.columns, false);
          for (PlannedRecord r : file.records) {
            long line;
            if (r instanceof PlannedRecord.RowRecord row) {
              line = out.record(written(file, row).texts(file.columns), file.quoteAll);
            } else if (r instanceof PlannedRecord.RawRecord raw) {
              line = out.raw(raw.text());
            } else {
              throw new IllegalStateException("a CSV file has no blank-line records: " + shown);
            }
            rows++;
            planted += account(file, shown, "line " + line, r);
          }
        }
      }
      case JSONL -> {
        try (JsonLinesOut out = new JsonLinesOut(path)) {
          for (PlannedRecord r : file.records) {
            if (r instanceof PlannedRecord.BlankLine) {
              log.addNotARow(shown, "line " + out.raw(""), "blank line: not a row");
              continue;
            }
            long line = r instanceof PlannedRecord.RowRecord row
                ? out.object(file.columns, written(file, row))
                : out.raw(((PlannedRecord.RawRecord) r).text());
            rows++;
            planted += account(file, shown, "line " + line, r);
          }
        }
      }
      case PARQUET -> {
        try (ParquetOut out = new ParquetOut(path, file.dataset, file.compressed)) {
          for (PlannedRecord r : file.records) {
            if (!(r instanceof PlannedRecord.RowRecord row)) {
              throw new IllegalStateException("a Parquet file holds rows only: " + shown);
            }
            long n = out.write(row.row());
            rows++;
            planted += account(file, shown, "row " + n, r);
          }
        }
      }
      default -> throw new IllegalStateException("unknown format " + file.format);
    }
    log.addFileSummary(shown, file.format.name(), file.layout(), rows, planted);
  }

  /** The row as the file writes it: in the export's own layout when it has one. */
  private static Row written(SampleFile file, PlannedRecord.RowRecord row) {
    return file.export == null ? row.row() : file.export.render(row.row());
  }

  private int account(SampleFile file, String shown, String position, PlannedRecord r) {
    Expectation expect;
    String source;
    String key;
    if (r instanceof PlannedRecord.RowRecord row) {
      expect = row.expect();
      source = file.dataset.tallySource(row.row());
      key = file.dataset.keyText(row.row());
    } else {
      PlannedRecord.RawRecord raw = (PlannedRecord.RawRecord) r;
      expect = raw.expect();
      if (!expect.outcome().equals(Outcome.quarantined(Reason.MALFORMED_ROW))) {
        throw new IllegalStateException("a verbatim record is for malformed rows only: " + raw.key());
      }
      source = Dataset.UNKNOWN_SOURCE;
      key = raw.key();
    }
    tally.add(file.dataset, source, expect.outcome());
    if (expect.planted()) {
      log.add(shown, position, key, expect);
      return 1;
    }
    return 0;
  }
}
