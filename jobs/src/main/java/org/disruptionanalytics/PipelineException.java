package org.disruptionanalytics;

/**
 * A failure the user can act on: its message is the one line printed on stderr, and its exit
 * status tells scripts what kind of failure it was.
 */
public class PipelineException extends RuntimeException {

  /** Exit statuses of the main class, with what each means (its --help lists them, as the README does). */
  public enum Kind {
    USAGE(2, "bad arguments"),
    INPUT(3, "an input problem: a missing folder, an unreadable file"),
    CONFIG(4, "a bad config or mapping file: an unknown key, a wrong type, malformed JSON (the key and the file"
        + " are named)"),
    RECONCILIATION(5, "the reconciliation failed: the rows read differ from the rows given an outcome (a bug,"
        + " never expected)"),
    OUTPUT(6, "an output could not be written");

    public final int exitStatus;
    public final String meaning;

    Kind(int exitStatus, String meaning) {
      this.exitStatus = exitStatus;
      this.meaning = meaning;
    }
  }

  private final Kind kind;

  public PipelineException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public PipelineException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
