package org.disruptionanalytics.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.stream.Collectors;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;

/**
 * Reads a strict JSON file (the config, a source mapping) and turns every way it can be wrong into
 * one line that names the file and the key, so that a user can fix it without a stack trace.
 */
public final class StrictJson {
  private StrictJson() {}

  /**
   * The file's bytes as the given type.
   *
   * @param what how messages name the file, e.g. {@code config file conf.json}
   */
  public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type, String what) {
    try {
      return mapper.readValue(json, type);
    } catch (UnrecognizedPropertyException e) {
      // A nested key is named by its path, and the keys listed are those allowed where it stands.
      throw new PipelineException(Kind.CONFIG, what + ": unknown key '" + keyPath(e) + "' (known keys"
          + (e.getPath().size() > 1 ? " there" : "") + ": " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
          + ")", e);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof JsonParseException p) {
        throw notJson(what, p);
      }
      throw new PipelineException(Kind.CONFIG, what + ": bad value for '" + keyPath(e) + "': "
          + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw notJson(what, e);
    } catch (IOException e) {
      throw new PipelineException(Kind.CONFIG, "cannot read " + what + ": " + e.getMessage(), e);
    }
  }

  private static PipelineException notJson(String what, JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    return new PipelineException(Kind.CONFIG, what + " is not valid JSON" + where
        + ": " + e.getOriginalMessage().replaceAll("\\s+", " "), e);
  }

  private static String keyPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
