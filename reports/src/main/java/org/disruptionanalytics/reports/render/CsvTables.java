package org.disruptionanalytics.reports.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;

/**
 * tables/*.csv (CONTRACT.md section 5.1): UTF-8 without byte-order mark, LF line ends, one header
 * row, every column of the table (also those the page does not show); numbers plain, never in
 * exponent notation; text that a spreadsheet would run as a formula is written with a leading
 * {@code '}.
 */
public final class CsvTables {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private CsvTables() {}

  public static byte[] render(DataTable table) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      List<Integer> columns = table.csvColumns();
      printer.printRecord(columns.stream().map(i -> table.columns().get(i).csvName()).toList());
      for (List<Cell> row : table.rows()) {
        List<String> values = new ArrayList<>(columns.size());
        for (int i : columns) {
          values.add(value(row.get(i).csv()));
        }
        printer.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String value(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Cell.Shorthand s) {
      return s.text();
    }
    if (v instanceof Double d) {
      // BigDecimal.valueOf keeps the shortest repr of the double; toPlainString never uses exponents.
      return BigDecimal.valueOf(d).toPlainString();
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return neutralise(v.toString());
  }

  /** Spreadsheets run a cell that starts with these as a formula: a leading apostrophe stops them. */
  static String neutralise(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
