package org.disruptionanalytics.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.disruptionanalytics.reports.sections.ReportContext;
import org.disruptionanalytics.reports.warehouse.TableFile;
import org.disruptionanalytics.reports.warehouse.WarehouseException;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * The facts of a published run that the report states, read from the warehouse alone: its
 * _manifest.json (as-of, run id, contract version, input files, config) and the first month of
 * the series, as the run derived it: the config's series_start, else the earliest month of
 * clean/disruptions (its partition folders: kept rows of every status and threat).
 */
public final class RunFacts {

  public static final String MANIFEST = "_manifest.json";
  public static final String CLEAN_DISRUPTIONS = "clean/disruptions";

  private RunFacts() {}

  public static ReportContext read(WarehouseFiles files, String threatArea) {
    byte[] bytes = files.read(MANIFEST).orElseThrow(() -> new WarehouseException(
        "no " + MANIFEST + " in " + files.describe() + ": not a complete warehouse"));
    JsonNode m;
    try {
      m = new ObjectMapper().readTree(bytes);
    } catch (IOException e) {
      throw new WarehouseException(MANIFEST + " in " + files.describe() + " is not JSON: " + e.getMessage());
    }
    LocalDate asOf;
    YearMonth seriesStart = null;
    try {
      asOf = LocalDate.parse(text(m, "as_of", files));
      JsonNode config = new ObjectMapper().readTree(text(m, "config", files));
      JsonNode start = config.get("series_start");
      if (start != null && !start.isNull()) {
        seriesStart = YearMonth.parse(start.asText());
      }
    } catch (IOException | DateTimeParseException e) {
      throw new WarehouseException(MANIFEST + " in " + files.describe() + ": " + e.getMessage());
    }
    if (seriesStart == null) {
      seriesStart = earliestMonth(files);
    }
    JsonNode inputs = m.get("inputs");
    return new ReportContext(text(m, "contract_version", files), asOf, text(m, "run_id", files), threatArea,
        inputs == null ? 0 : inputs.size(), seriesStart);
  }

  private static String text(JsonNode m, String field, WarehouseFiles files) {
    JsonNode v = m.get(field);
    if (v == null || v.isNull()) {
      throw new WarehouseException(MANIFEST + " in " + files.describe() + " has no " + field);
    }
    return v.asText();
  }

  /** The earliest year=/month= partition of clean/disruptions; null when it has none (no rows kept). */
  static YearMonth earliestMonth(WarehouseFiles files) {
    YearMonth earliest = null;
    for (TableFile f : files.tableFiles(CLEAN_DISRUPTIONS)) {
      String year = f.partitions().get("year");
      String month = f.partitions().get("month");
      if (year != null && month != null) {
        YearMonth ym = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
        if (earliest == null || ym.isBefore(earliest)) {
          earliest = ym;
        }
      }
    }
    return earliest;
  }
}
