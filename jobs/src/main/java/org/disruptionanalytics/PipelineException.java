package org.disruptionanalytics;

/**
 * A failure the user can act on: its message is the one line printed on stderr, and its exit
 * status tells scripts what kind of failure it was.
 */
public class PipelineException extends RuntimeException {

  /** Exit statuses of the main class (documented in the README). */
  public enum Kind {
    USAGE(2),
    INPUT(3),
    CONFIG(4),
    RECONCILIATION(5),
    OUTPUT(6);

    public final int exitStatus;

    Kind(int exitStatus) {
      this.exitStatus = exitStatus;
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
