package org.disruptionanalytics.generator;

import java.util.ArrayList;
import java.util.List;

/** The plan of one file of the curated sample: its format, columns and records in file order. */
final class SampleFile {

  enum Format { CSV, JSONL, PARQUET }

  final Dataset dataset;
  final String name;
  final Format format;
  final List<String> columns;
  final boolean byteOrderMark;
  final boolean crlf;
  final boolean quoteAll;
  /** Parquet only: Zstandard-compressed pages. */
  final boolean compressed;
  /** An agency's own layout, read through a source mapping; null for the contract's layout. */
  final ExportLayout export;
  final List<PlannedRecord> records = new ArrayList<>();

  private SampleFile(Dataset dataset, String name, Format format, List<String> columns,
      boolean byteOrderMark, boolean crlf, boolean quoteAll, boolean compressed, ExportLayout export) {
    this.dataset = dataset;
    this.name = name;
    this.format = format;
    this.columns = columns;
    this.byteOrderMark = byteOrderMark;
    this.crlf = crlf;
    this.quoteAll = quoteAll;
    this.compressed = compressed;
    this.export = export;
  }

  static SampleFile csv(Dataset dataset, String name, List<String> columns, boolean byteOrderMark,
      boolean crlf, boolean quoteAll) {
    return new SampleFile(dataset, name, Format.CSV, columns, byteOrderMark, crlf, quoteAll, false, null);
  }

  static SampleFile jsonLines(Dataset dataset, String name) {
    return new SampleFile(dataset, name, Format.JSONL, dataset.columns, false, false, false, false, null);
  }

  static SampleFile parquet(Dataset dataset, String name) {
    return new SampleFile(dataset, name, Format.PARQUET, dataset.columns, false, false, false, false, null);
  }

  static SampleFile compressedParquet(Dataset dataset, String name) {
    return new SampleFile(dataset, name, Format.PARQUET, dataset.columns, false, false, false, true, null);
  }

  /** An agency's export in its own layout: a CSV file (UTF-8, LF) or JSON Lines, with its mapping. */
  static SampleFile export(Dataset dataset, String name, Format format, ExportLayout export) {
    return new SampleFile(dataset, name, format, export.fileColumns(), false, false, false, false, export);
  }

  /** How the file is laid out, beyond its format, for a reviewer. */
  String layout() {
    if (export != null) {
      return export.describe();
    }
    List<String> notes = new ArrayList<>();
    if (format == Format.CSV) {
      notes.add(byteOrderMark ? "UTF-8 with byte-order mark" : "UTF-8");
      notes.add(crlf ? "CRLF line ends" : "LF line ends");
      if (quoteAll) {
        notes.add("every field quoted");
      }
      columns.stream().filter(c -> !dataset.columns.contains(c))
          .forEach(c -> notes.add("extra column " + c));
    } else if (format == Format.JSONL) {
      notes.add("UTF-8, one object per line");
    } else {
      notes.add(String.join(", ", dataset.dateColumns.stream().sorted().toList()) + " as DATE; "
          + "last_updated as TIMESTAMP(MICROS, UTC); others strings" + (compressed ? "; Zstandard" : ""));
    }
    return String.join("; ", notes);
  }

  /**
   * Spreads the planted records evenly through the background ones, keeping the order within each list,
   * so planted cases sit among ordinary rows as they would in a real extract.
   */
  void addInterleaved(List<PlannedRecord> background, List<PlannedRecord> planted) {
    int b = background.size();
    int p = planted.size();
    int bi = 0;
    for (int pi = 0; pi < p; pi++) {
      int until = (int) ((long) (pi + 1) * b / (p + 1));
      while (bi < until) {
        records.add(background.get(bi++));
      }
      records.add(planted.get(pi));
    }
    while (bi < b) {
      records.add(background.get(bi++));
    }
  }
}
