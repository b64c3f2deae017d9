package org.disruptionanalytics.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an agency's own export lays out the contract's columns, and the source mapping file that
 * brings it back: planned rows are made in the contract's terms, then rendered in the export's
 * headers (or nested JSON paths), date and time formats and code words. The mapping file is written
 * from the same layout, so the two cannot disagree.
 */
final class ExportLayout {
  final String mappingFile;
  private final String description;
  private final Dataset dataset;
  private final String files;
  private final List<String> fileColumns = new ArrayList<>();
  private final Map<String, String> columns = new LinkedHashMap<>();
  private final Map<String, String> constants = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> codes = new LinkedHashMap<>();
  private String datePattern;
  private String timestampPattern;
  private String timestampZone;

  ExportLayout(String mappingFile, String description, Dataset dataset, String files) {
    this.mappingFile = mappingFile;
    this.description = description;
    this.dataset = dataset;
    this.files = files;
  }

  /** A contract column the export holds under another name (a header, or a dotted JSON path). */
  ExportLayout column(String contractColumn, String source) {
    columns.put(contractColumn, source);
    fileColumns.add(source);
    return this;
  }

  /** A column of the export that no contract column is read from; rows carry it under this name. */
  ExportLayout extra(String source) {
    fileColumns.add(source);
    return this;
  }

  /** A contract column the export leaves out because every row has this value. */
  ExportLayout constant(String contractColumn, String value) {
    constants.put(contractColumn, value);
    return this;
  }

  /** The export's word for a contract code, in the mapping's direction (source word to code). */
  ExportLayout code(String contractColumn, String sourceWord, String code) {
    codes.computeIfAbsent(contractColumn, k -> new LinkedHashMap<>()).put(sourceWord, code);
    return this;
  }

  ExportLayout dates(String pattern) {
    datePattern = pattern;
    return this;
  }

  ExportLayout timestamps(String pattern, String zone) {
    timestampPattern = pattern;
    timestampZone = zone;
    return this;
  }

  /** The export's columns (CSV header, or JSON paths), in file order. */
  List<String> fileColumns() {
    return List.copyOf(fileColumns);
  }

  /** The path of the mapping file below the sample root. */
  String mappingPath() {
    return "mappings/" + mappingFile;
  }

  /** For PLANTED.md: what the export does differently. */
  String describe() {
    List<String> notes = new ArrayList<>();
    notes.add("read through " + mappingPath());
    if (datePattern != null) {
      notes.add("dates " + datePattern);
    }
    if (timestampPattern != null) {
      notes.add("timestamps " + timestampPattern + " in " + timestampZone);
    }
    if (!constants.isEmpty()) {
      notes.add("no column for " + String.join(", ", constants.keySet()));
    }
    fileColumns.stream().filter(c -> !columns.containsValue(c)).forEach(c -> notes.add("extra column " + c));
    return String.join("; ", notes);
  }

  /**
   * The planned row as the export writes it. A column the row leaves unset stays unset (absent
   * from a JSON object); an {@link AsWritten} value is written unconverted.
   */
  Row render(Row planned) {
    constants.forEach((c, v) -> {
      if (!v.equals(planned.text(c))) {
        throw new IllegalStateException(mappingFile + ": a row with " + c + " " + planned.text(c)
            + " cannot be written to an export whose " + c + " is always " + v);
      }
    });
    Row out = new Row();
    for (String source : fileColumns) {
      String contractColumn = columns.entrySet().stream().filter(e -> e.getValue().equals(source))
          .map(Map.Entry::getKey).findFirst().orElse(null);
      String from = contractColumn == null ? source : contractColumn;
      if (planned.has(from)) {
        Object v = planned.get(from);
        out.set(source, contractColumn == null || v == null || v instanceof AsWritten ? v : encode(contractColumn, v));
      }
    }
    return out;
  }

  private Object encode(String column, Object value) {
    String v = value.toString();
    if (codes.containsKey(column)) {
      return codes.get(column).entrySet().stream().filter(e -> e.getValue().equals(v)).map(Map.Entry::getKey)
          .findFirst().orElseThrow(() -> new IllegalStateException(mappingFile + ": no word for " + column + " " + v));
    }
    if (datePattern != null && dataset.dateColumns.contains(column)) {
      return LocalDate.parse(v).format(DateTimeFormatter.ofPattern(datePattern));
    }
    if (timestampPattern != null && column.equals("last_updated")) {
      return OffsetDateTime.parse(v).atZoneSameInstant(ZoneId.of(timestampZone))
          .format(DateTimeFormatter.ofPattern(timestampPattern));
    }
    return value;
  }

  /** The mapping file: two-space indents, keys in the README's order, one line per entry. */
  String mappingJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("description", description);
    json.put("dataset", dataset.folder);
    json.put("files", files);
    json.put("columns", columns);
    if (!constants.isEmpty()) {
      json.put("constants", constants);
    }
    json.put("codes", codes);
    if (datePattern != null) {
      json.put("date_format", datePattern);
    }
    if (timestampPattern != null) {
      json.put("timestamp_format", timestampPattern);
      json.put("timestamp_zone", timestampZone);
    }
    StringWriter text = new StringWriter();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = new ObjectMapper().createGenerator(text)) {
      g.setPrettyPrinter(printer);
      g.writeObject(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }
}
