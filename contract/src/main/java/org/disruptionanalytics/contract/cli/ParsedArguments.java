package org.disruptionanalytics.contract.cli;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a command line asked for: help, the versions, or the command itself with the values of its
 * options and the switches given.
 */
public record ParsedArguments(Request request, Map<String, String> values, Set<String> flags) {

  /** What the command is to do. */
  public enum Request { RUN, HELP, VERSION }

  public Optional<String> value(String option) {
    return Optional.ofNullable(values.get(option));
  }

  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
