package org.disruptionanalytics.generator;

/** The outcome names of the data_quality mart (CONTRACT.md 4). */
final class Outcome {
  static final String VALID = "VALID";
  static final String AFTER_AS_OF = "AFTER_AS_OF";
  static final String DUPLICATE_DROPPED = "DUPLICATE_DROPPED";
  static final String SUPERSEDED = "SUPERSEDED";
  static final String DUPLICATE_CONFLICT = "QUARANTINED:DUPLICATE_CONFLICT";
  static final String LINKED_SAME_LIST = "LINKED_SAME_LIST";

  private Outcome() {}

  static String quarantined(Reason reason) {
    return "QUARANTINED:" + reason.name();
  }
}
