package org.disruptionanalytics.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
import org.disruptionanalytics.config.StrictJson;
import org.disruptionanalytics.dataset.ColumnName;
import org.disruptionanalytics.dataset.ColumnRule;
import org.disruptionanalytics.dataset.DatasetRules;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.dataset.InputFormat;
import org.disruptionanalytics.dataset.WhiteSpace;

/**
 * The run's source mappings: every {@code *.json} of the input root's {@code mappings/} folder and
 * every file the config lists, each read strictly and checked whole before any data is read, then
 * matched with the input files. Every problem is a config error naming the mapping file and key.
 */
public final class SourceMappings {

  /** The input root's folder of mapping files. */
  public static final String FOLDER = "mappings";

  /** A mapping file as written; every key optional to Jackson, checked here. */
  private record Json(
      @JsonProperty("description") String description,
      @JsonProperty("dataset") String dataset,
      @JsonProperty("files") String files,
      @JsonProperty("columns") LinkedHashMap<String, String> columns,
      @JsonProperty("constants") LinkedHashMap<String, String> constants,
      @JsonProperty("codes") LinkedHashMap<String, LinkedHashMap<String, String>> codes,
      @JsonProperty("date_format") String dateFormat,
      @JsonProperty("timestamp_format") String timestampFormat,
      @JsonProperty("timestamp_zone") String timestampZone,
      @JsonProperty("encoding") String encoding) {}

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      // A number or boolean where a name, code or pattern belongs is a mistake, not text.
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  /** A day and time that every pattern can print, to learn what the pattern holds. */
  private static final ZonedDateTime PROBE = ZonedDateTime.of(2026, 10, 31, 13, 45, 30, 0, ZoneId.of("UTC"));

  private final List<SourceMapping> mappings;
  private final List<PathMatcher> matchers;
  private final Set<String> used = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();

  private SourceMappings(List<SourceMapping> mappings, List<PathMatcher> matchers) {
    this.mappings = mappings;
    this.matchers = matchers;
  }

  /**
   * Reads the mappings of {@code <root>/mappings/*.json}, then those the config lists (paths as
   * given, on any file system Hadoop reaches).
   */
  public static SourceMappings load(FileSystem fs, Path root, List<String> configured, Configuration conf) {
    List<SourceMapping> found = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try {
      Path folder = new Path(root, FOLDER);
      if (fs.exists(folder)) {
        FileStatus[] entries = fs.listStatus(folder);
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus s : entries) {
          String name = s.getPath().getName();
          if (name.startsWith(".") || name.startsWith("_") || s.isDirectory()) {
            continue;
          }
          if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            warnings.add("ignored file in " + FOLDER + "/ (not .json): " + FOLDER + "/" + name);
            continue;
          }
          found.add(read(fs, s.getPath(), FOLDER + "/" + name));
        }
      }
      for (String c : configured) {
        Path p = new Path(c);
        found.add(read(p.getFileSystem(conf), p, c));
      }
    } catch (IOException e) {
      throw new PipelineException(Kind.INPUT, "cannot list " + FOLDER + "/ of " + root + ": " + e.getMessage(), e);
    }
    List<PathMatcher> matchers = new ArrayList<>();
    for (SourceMapping m : found) {
      matchers.add(matcher(m));
    }
    SourceMappings loaded = new SourceMappings(List.copyOf(found), matchers);
    loaded.warnings.addAll(warnings);
    return loaded;
  }

  /** The SHA-256 of every mapping file, which the run id covers. */
  public List<String> sha256s() {
    return mappings.stream().map(SourceMapping::sha256).toList();
  }

  /**
   * The mapping of one data file, or null when none applies. Two mappings for one file, or a
   * mapping for a Parquet file, is a config error.
   */
  public SourceMapping forFile(InputDataset dataset, InputFormat format, String relativePath) {
    List<SourceMapping> matching = new ArrayList<>();
    for (int i = 0; i < mappings.size(); i++) {
      if (mappings.get(i).dataset() == dataset && matchers.get(i).matches(java.nio.file.Path.of(relativePath))) {
        matching.add(mappings.get(i));
      }
    }
    if (matching.isEmpty()) {
      return null;
    }
    if (matching.size() > 1) {
      throw new PipelineException(Kind.CONFIG, "data file " + relativePath + " is matched by more than one mapping: "
          + matching.stream().map(SourceMapping::name).collect(Collectors.joining(", ")));
    }
    SourceMapping m = matching.get(0);
    if (format == InputFormat.PARQUET) {
      throw error(m.name(), "files", "'" + m.files() + "' matches the Parquet file " + relativePath
          + ": mappings apply to CSV and JSON Lines files only");
    }
    used.add(m.name());
    return m;
  }

  /**
   * Checks that a CSV file's header has every column the mapping renames from (header names
   * compared as the parser compares them). A file with no header has no rows to map.
   */
  public static void checkHeader(SourceMapping m, String relativePath, List<String> header) {
    if (header.isEmpty()) {
      return;
    }
    m.columns().forEach((column, source) -> {
      if (!header.contains(ColumnName.of(source))) {
        throw error(m.name(), "columns." + column, "names the column '" + source
            + "', which the header of " + relativePath + " lacks");
      }
    });
  }

  /** Unreadable files in mappings/ and mappings that matched no data file. */
  public List<String> warnings() {
    List<String> all = new ArrayList<>(warnings);
    for (SourceMapping m : mappings) {
      if (!used.contains(m.name())) {
        all.add("mapping file " + m.name() + " matches no data file (files '" + m.files() + "')");
      }
    }
    return all;
  }

  private static SourceMapping read(FileSystem fs, Path path, String name) {
    byte[] bytes;
    try (InputStream in = fs.open(path)) {
      bytes = in.readAllBytes();
    } catch (FileNotFoundException e) {
      throw new PipelineException(Kind.CONFIG, "mapping file not found: " + name);
    } catch (IOException e) {
      throw new PipelineException(Kind.CONFIG, "cannot read mapping file " + name + ": " + e.getMessage(), e);
    }
    Json json = StrictJson.read(MAPPER, bytes, Json.class, "mapping file " + name);
    return check(json, name, sha256(bytes));
  }

  /** The checked mapping: every load-time rule of the README, in the order the keys are written. */
  private static SourceMapping check(Json j, String name, String sha256) {
    if (j.dataset() == null) {
      throw error(name, "dataset", "is required");
    }
    InputDataset dataset = Arrays.stream(InputDataset.values()).filter(d -> d.folder().equals(j.dataset()))
        .findFirst().orElseThrow(() -> error(name, "dataset", "'" + j.dataset() + "' is not one of "
            + Arrays.stream(InputDataset.values()).map(InputDataset::folder).collect(Collectors.joining(", "))));
    if (j.files() == null || j.files().isBlank()) {
      throw error(name, "files", "is required (a glob relative to the input root, or a folder ending in /)");
    }
    Map<String, ColumnRule.Kind> kinds = new HashMap<>();
    DatasetRules.of(dataset, List.of()).columns().forEach(r -> kinds.put(r.name(), r.kind()));

    Map<String, String> columns = orEmpty(j.columns());
    Map<String, String> constants = orEmpty(j.constants());
    columns.forEach((c, source) -> {
      checkColumn(name, "columns", c, dataset);
      checkGiven(name, "columns." + c, source);
    });
    constants.forEach((c, value) -> {
      checkColumn(name, "constants", c, dataset);
      checkGiven(name, "constants." + c, value);
      if (columns.containsKey(c)) {
        throw error(name, "constants." + c, "the column is also renamed in columns; give one or the other");
      }
    });
    Map<String, Map<String, String>> codes = new LinkedHashMap<>();
    orEmpty(j.codes()).forEach((c, map) -> {
      checkColumn(name, "codes", c, dataset);
      ColumnRule.Kind kind = kinds.get(c);
      if (kind != ColumnRule.Kind.CODE && kind != ColumnRule.Kind.ENUM) {
        throw error(name, "codes." + c, "is not a code or enum column; code maps apply to "
            + kinds.entrySet().stream().filter(e -> e.getValue() == ColumnRule.Kind.CODE
                || e.getValue() == ColumnRule.Kind.ENUM).map(Map.Entry::getKey).sorted()
                .collect(Collectors.joining(", ")));
      }
      if (constants.containsKey(c)) {
        throw error(name, "codes." + c, "the column is a constant; a code map applies to values read");
      }
      codes.put(c, codeLookup(name, c, orEmpty(map)));
    });

    String dateFormat = j.dateFormat();
    if (dateFormat != null) {
      checkDatePattern(name, dateFormat);
    }
    String timestampFormat = j.timestampFormat();
    String zone = j.timestampZone();
    if (zone != null) {
      try {
        ZoneId.of(zone);
      } catch (DateTimeException e) {
        throw error(name, "timestamp_zone", "'" + zone + "' is not a time zone (e.g. Europe/London, UTC)");
      }
      if (timestampFormat == null) {
        throw error(name, "timestamp_zone", "needs timestamp_format: the zone applies to timestamps of that pattern");
      }
    }
    if (timestampFormat != null) {
      checkTimestampPattern(name, timestampFormat, zone);
    }
    return new SourceMapping(name, sha256, j.description(), dataset, j.files(), inOrder(columns),
        inOrder(constants), inOrder(codes), dateFormat, timestampFormat, zone, encoding(name, j.encoding()));
  }

  /** The encoding's canonical Java name (an alias such as {@code cp1252} is accepted); null when absent. */
  private static String encoding(String name, String encoding) {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding).name();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw error(name, "encoding", "'" + encoding + "' is not a character encoding Java knows"
          + " (e.g. windows-1252, ISO-8859-1, UTF-8)");
    }
  }

  private static void checkColumn(String name, String key, String column, InputDataset dataset) {
    if (!dataset.columns().contains(column)) {
      throw error(name, key + "." + column, "'" + column + "' is not a column of " + dataset.folder());
    }
  }

  private static void checkGiven(String name, String key, String value) {
    if (value == null || value.isBlank()) {
      throw error(name, key, "is empty");
    }
  }

  /** Source codes trimmed and lower-cased, so a value matches whatever its case and padding. */
  private static Map<String, String> codeLookup(String name, String column, Map<String, String> map) {
    Map<String, String> lookup = new HashMap<>();
    Map<String, String> spelled = new HashMap<>();
    map.forEach((source, canonical) -> {
      String key = "codes." + column + "." + source;
      checkGiven(name, key, canonical);
      String folded = WhiteSpace.trim(source).toLowerCase(Locale.ROOT);
      if (folded.isEmpty()) {
        throw error(name, key, "an empty source code cannot be mapped (an empty value is missing)");
      }
      String earlier = spelled.putIfAbsent(folded, source);
      if (earlier != null) {
        throw error(name, "codes." + column, "the codes '" + earlier + "' and '" + source
            + "' differ only in letter case or padding, and values are matched ignoring both");
      }
      lookup.put(folded, canonical);
    });
    return inOrder(lookup);
  }

  private static void checkDatePattern(String name, String pattern) {
    DateTimeFormatter f = compile(name, "date_format", pattern);
    try {
      LocalDate.from(f.parse(f.format(PROBE.toLocalDate())));
    } catch (DateTimeException e) {
      throw error(name, "date_format", "'" + pattern + "' does not give a day (a year, month and day, and no"
          + " time of day)");
    }
  }

  private static void checkTimestampPattern(String name, String pattern, String zone) {
    DateTimeFormatter f = compile(name, "timestamp_format", pattern);
    TemporalAccessor parsed;
    try {
      parsed = f.parse(f.format(PROBE));
      LocalDateTime.from(parsed);
    } catch (DateTimeException e) {
      throw error(name, "timestamp_format", "'" + pattern + "' does not give a day and a time of day");
    }
    boolean ownOffset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
        || parsed.query(TemporalQueries.zoneId()) != null;
    if (ownOffset && zone != null) {
      throw error(name, "timestamp_zone", "the timestamp_format '" + pattern
          + "' carries its own offset or zone; leave timestamp_zone out");
    }
    if (!ownOffset && zone == null) {
      throw error(name, "timestamp_format", "'" + pattern
          + "' has no offset or zone: give timestamp_zone (e.g. Europe/London)");
    }
  }

  private static DateTimeFormatter compile(String name, String key, String pattern) {
    try {
      return SourcePattern.compile(pattern);
    } catch (IllegalArgumentException e) {
      throw error(name, key, "'" + pattern + "' is not a java.time pattern: " + e.getMessage());
    }
  }

  /** A folder (ending in /) means every file under it; anything else is a glob. */
  private static PathMatcher matcher(SourceMapping m) {
    String glob = m.files().endsWith("/") ? m.files() + "**" : m.files();
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      throw error(m.name(), "files", "'" + m.files() + "' is not a glob pattern: " + e.getDescription());
    }
  }

  /** An unmodifiable, serializable copy that keeps the order the file gives, for stable messages. */
  private static <V> Map<String, V> inOrder(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static <V> Map<String, V> orEmpty(Map<String, V> map) {
    return map == null ? Map.of() : map;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PipelineException error(String mappingFile, String key, String problem) {
    return new PipelineException(Kind.CONFIG, "mapping file " + mappingFile + ": " + key + " " + problem);
  }
}
