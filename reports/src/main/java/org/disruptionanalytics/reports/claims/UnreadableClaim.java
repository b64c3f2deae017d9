package org.disruptionanalytics.reports.claims;

/** A claim the checker cannot read: its message is one line that says what is understood. */
public final class UnreadableClaim extends RuntimeException {

  public UnreadableClaim(String message) {
    super(message);
  }
}
