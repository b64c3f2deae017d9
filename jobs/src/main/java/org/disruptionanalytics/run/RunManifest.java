package org.disruptionanalytics.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** _manifest.json: what a run read, wrote and counted (CONTRACT.md section 4). */
public record RunManifest(
    String contractVersion,
    String runId,
    String asOf,
    List<String> arguments,
    String config,
    String codeVersion,
    String sparkVersion,
    String startedAt,
    String finishedAt,
    List<Input> inputs,
    List<Output> outputs,
    List<String> warnings) {

  /** One input file; {@code mapping} names the source mapping it was read through (null: none). */
  public record Input(
      String dataset, String path, long bytes, String sha256, long rowsRead,
      Map<String, Long> outcomes, List<String> ignoredColumns, String mapping) {}

  /** One output table. */
  public record Output(String table, String path, long rows) {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  public byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
