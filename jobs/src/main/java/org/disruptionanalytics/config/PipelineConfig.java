package org.disruptionanalytics.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;

/**
 * The optional {@code --config} file. Strict: an unknown key, a wrong type or malformed JSON stops
 * the run with the key and the file named.
 *
 * @param referenceDir a folder with forces.csv, regions.csv and agencies.csv replacing the copy
 *     bundled in the jar
 * @param spark Spark SQL settings applied to the session before the run (e.g.
 *     {@code spark.sql.shuffle.partitions})
 * @param countClaimed also count CLAIMED disruptions, not only VALIDATED ones
 * @param seriesStart the first month of the counts' series ({@code yyyy-MM}), instead of the
 *     month of the earliest disruption
 * @param mappings source mapping files to use besides those in the input's {@code mappings/}
 *     folder; left out of the canonical JSON when empty, so older configs keep their run ids
 * @param output how the warehouse is published
 * @param report what the run's monthly summary reports on; null (and left out of the canonical
 *     JSON, so older configs keep their run ids) when absent
 */
public record PipelineConfig(
    @JsonProperty("reference_dir") String referenceDir,
    @JsonProperty("spark") Map<String, String> spark,
    @JsonProperty("count_claimed") boolean countClaimed,
    @JsonProperty("series_start") YearMonth seriesStart,
    @JsonProperty("mappings") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mappings,
    @JsonProperty("output") OutputOptions output,
    @JsonProperty("report") @JsonInclude(JsonInclude.Include.NON_NULL) ReportOptions report) {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule().addDeserializer(YearMonth.class, new JsonDeserializer<>() {
        @Override
        public YearMonth deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
          try {
            return YearMonth.parse(p.getValueAsString(""));
          } catch (DateTimeParseException e) {
            throw JsonMappingException.from(p, "a month as yyyy-MM, not '" + p.getText() + "'");
          }
        }
      }).addSerializer(YearMonth.class, new ToStringSerializer()))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // An absent switch is off.
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .build();

  public PipelineConfig {
    spark = spark == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(spark));
    mappings = mappings == null ? List.of() : List.copyOf(mappings);
    output = output == null ? OutputOptions.defaults() : output;
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(null, Map.of(), false, null, List.of(), null, null);
  }

  public static PipelineConfig read(Path file) {
    byte[] json;
    try {
      json = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new PipelineException(Kind.CONFIG, "config file not found: " + file);
    } catch (IOException e) {
      throw new PipelineException(Kind.CONFIG, "cannot read config file " + file + ": " + e.getMessage(), e);
    }
    return StrictJson.read(MAPPER, json, PipelineConfig.class, "config file " + file);
  }

  /** The threat area of the run's monthly summary. */
  public String reportThreatArea() {
    return report == null ? ReportOptions.DEFAULT_THREAT_AREA : report.threatArea();
  }

  /** Canonical JSON (sorted keys): what the run id and the manifest record of the config. */
  public String canonicalJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
