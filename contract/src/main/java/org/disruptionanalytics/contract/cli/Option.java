package org.disruptionanalytics.contract.cli;

/**
 * One option of a command line.
 *
 * @param value what the option takes, as the help shows it ({@code <dir>}, {@code DIR}); null for a
 *     switch, which takes none
 * @param byDefault what holds when the option is not given, as the help says it; null when the
 *     option is required (and for a switch, which is simply off)
 */
public record Option(String name, String value, String meaning, String byDefault) {

  public static Option required(String name, String value, String meaning) {
    return new Option(name, value, meaning, null);
  }

  public static Option optional(String name, String value, String meaning, String byDefault) {
    return new Option(name, value, meaning, byDefault);
  }

  public static Option flag(String name, String meaning) {
    return new Option(name, null, meaning, null);
  }

  public boolean isFlag() {
    return value == null;
  }

  public boolean isRequired() {
    return value != null && byDefault == null;
  }
}
