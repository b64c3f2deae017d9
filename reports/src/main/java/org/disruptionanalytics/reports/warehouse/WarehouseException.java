package org.disruptionanalytics.reports.warehouse;

/** A warehouse that cannot be read as the contract describes it, or a report that cannot be written. */
public final class WarehouseException extends RuntimeException {

  public WarehouseException(String message) {
    super(message);
  }

  public WarehouseException(String message, Throwable cause) {
    super(message + ": " + firstLine(cause), cause);
  }

  /** Parquet's and Hadoop's messages can run over several lines; ours stay on one. */
  private static String firstLine(Throwable cause) {
    String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
