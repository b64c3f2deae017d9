package org.disruptionanalytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code report} object of the config file: what the monthly summary written by the run is
 * about.
 *
 * @param threatArea the threat area reported on (OIC when absent)
 */
public record ReportOptions(@JsonProperty("threat_area") String threatArea) {

  public static final String DEFAULT_THREAT_AREA = "OIC";
  private static final Set<String> THREAT_AREAS = Set.of("OIC", "MSHT", "DRUGS", "FIREARMS", "FRAUD", "OTHER");

  public ReportOptions {
    threatArea = threatArea == null ? DEFAULT_THREAT_AREA : threatArea.trim().toUpperCase(Locale.ROOT);
    if (!THREAT_AREAS.contains(threatArea)) {
      throw new IllegalArgumentException("threat_area must be one of " + new java.util.TreeSet<>(THREAT_AREAS)
          + ", not '" + threatArea + "'");
    }
  }
}
