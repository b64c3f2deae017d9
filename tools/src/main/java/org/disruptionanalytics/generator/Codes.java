package org.disruptionanalytics.generator;

import java.util.List;

/** The contract's code lists that generated rows draw from (CONTRACT.md 2). */
final class Codes {
  static final List<String> THREAT_AREAS = List.of("OIC", "MSHT", "DRUGS", "FIREARMS", "FRAUD", "OTHER");

  private Codes() {}

  /** The system of record of an agency's claims in generated data. */
  static String sourceOf(String agency) {
    return switch (agency) {
      case "POLICE" -> "PND";
      default -> agency;
    };
  }

  /** A sequence number, zero-padded to at least the given width. */
  static String padded(long n, int width) {
    String s = Long.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
