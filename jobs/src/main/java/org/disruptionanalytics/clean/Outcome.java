package org.disruptionanalytics.clean;

import org.disruptionanalytics.dataset.ReasonCode;

/** The one outcome of every row read (CONTRACT.md section 4, data_quality). */
public final class Outcome {
  private Outcome() {}

  public static final String VALID = "VALID";
  public static final String AFTER_AS_OF = "AFTER_AS_OF";
  public static final String DUPLICATE_DROPPED = "DUPLICATE_DROPPED";
  public static final String SUPERSEDED = "SUPERSEDED";
  public static final String LINKED_SAME_LIST = "LINKED_SAME_LIST";
  public static final String QUARANTINED_PREFIX = "QUARANTINED:";

  public static String quarantined(ReasonCode reason) {
    return QUARANTINED_PREFIX + reason.name();
  }
}
