package org.disruptionanalytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParseException;
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
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
 */
public record PipelineConfig(
    @JsonProperty("reference_dir") String referenceDir,
    @JsonProperty("spark") Map<String, String> spark,
    @JsonProperty("count_claimed") boolean countClaimed,
    @JsonProperty("series_start") YearMonth seriesStart) {

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
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(null, Map.of(), false, null);
  }

  public static PipelineConfig read(Path file) {
    try {
      return MAPPER.readValue(Files.readAllBytes(file), PipelineConfig.class);
    } catch (NoSuchFileException e) {
      throw new PipelineException(Kind.CONFIG, "config file not found: " + file);
    } catch (UnrecognizedPropertyException e) {
      throw new PipelineException(Kind.CONFIG, "config file " + file + ": unknown key '"
          + e.getPropertyName() + "' (known keys: " + e.getKnownPropertyIds().stream()
              .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")", e);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof JsonParseException p) {
        throw notJson(file, p);
      }
      throw new PipelineException(Kind.CONFIG, "config file " + file + ": bad value for '"
          + keyPath(e) + "': " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw notJson(file, e);
    } catch (IOException e) {
      throw new PipelineException(Kind.CONFIG, "cannot read config file " + file + ": " + e.getMessage(), e);
    }
  }

  private static PipelineException notJson(Path file, JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    return new PipelineException(Kind.CONFIG, "config file " + file + " is not valid JSON" + where
        + ": " + e.getOriginalMessage().replaceAll("\\s+", " "), e);
  }

  private static String keyPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
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
