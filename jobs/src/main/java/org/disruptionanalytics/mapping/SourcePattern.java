package org.disruptionanalytics.mapping;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * A mapping's date or timestamp pattern compiled for strict parsing: a day that does not exist
 * (31/09/2026) fails instead of being moved to the nearest one.
 */
final class SourcePattern {
  private SourcePattern() {}

  /**
   * The formatter of a java.time pattern. Strict resolution needs the proleptic year ({@code u}):
   * {@code y} is year-of-era, which resolves strictly only with an era, so every unquoted {@code y}
   * is read as {@code u} and {@code dd/MM/yyyy} works as its author meant. Month and day names are
   * English and matched ignoring case.
   *
   * @throws IllegalArgumentException when the pattern is not a java.time pattern
   */
  static DateTimeFormatter compile(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(properYears(pattern))
        .toFormatter(Locale.UK)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private static String properYears(String pattern) {
    StringBuilder b = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      b.append(!quoted && c == 'y' ? 'u' : c);
    }
    return b.toString();
  }
}
