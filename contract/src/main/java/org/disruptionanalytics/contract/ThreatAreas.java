package org.disruptionanalytics.contract;

import java.util.List;

/** The threat areas of CONTRACT.md section 2: validated in the input, reported on by the monthly summary. */
public final class ThreatAreas {
  private ThreatAreas() {}

  public static final List<String> ALL = List.of("OIC", "MSHT", "DRUGS", "FIREARMS", "FRAUD", "OTHER");
}
