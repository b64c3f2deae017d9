package org.disruptionanalytics.contract.cli;

/** Arguments a command cannot take; the message is the problem alone, the command adds its usage. */
public class UsageError extends RuntimeException {
  public UsageError(String problem) {
    super(problem);
  }
}
