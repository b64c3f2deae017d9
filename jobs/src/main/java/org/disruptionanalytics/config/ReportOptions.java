package org.disruptionanalytics.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.disruptionanalytics.contract.ThreatAreas;

/**
 * The {@code report} object of the config file: what the monthly summary written by the run is
 * about.
 *
 * @param threatArea the threat area reported on (OIC when absent)
 */
public record ReportOptions(@JsonProperty("threat_area") String threatArea) {

  public static final String DEFAULT_THREAT_AREA = "OIC";

  public ReportOptions {
    threatArea = threatArea == null ? DEFAULT_THREAT_AREA : threatArea.trim().toUpperCase(Locale.ROOT);
    if (!ThreatAreas.ALL.contains(threatArea)) {
      throw new IllegalArgumentException("threat_area must be one of " + new java.util.TreeSet<>(ThreatAreas.ALL)
          + ", not '" + threatArea + "'");
    }
  }
}
