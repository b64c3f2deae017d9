package org.disruptionanalytics.run;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;

/**
 * The command line of CONTRACT.md section 1, and {@code --previous DIR}: the warehouse the
 * report's revisions compare with instead of the previous published version.
 */
public record RunArguments(
    String input, String output, LocalDate asOf, Optional<String> config, boolean verbose,
    List<String> raw, Optional<String> previous) {

  public RunArguments(String input, String output, LocalDate asOf, Optional<String> config, boolean verbose,
      List<String> raw) {
    this(input, output, asOf, config, verbose, raw, Optional.empty());
  }

  public static final String USAGE =
      "usage: run --input <dir> --output <dir> --as-of <yyyy-mm-dd> [--config <file.json>] [--previous <dir>] [--verbose]";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** Whether the arguments ask for stack traces, whether or not they parse. */
  public static boolean wantsVerbose(String[] args) {
    return List.of(args).contains("--verbose");
  }

  public static RunArguments parse(String[] args) {
    if (args.length == 0) {
      throw usage("no command given");
    }
    if (!args[0].equals("run")) {
      throw usage("unknown command '" + args[0] + "'");
    }
    Map<String, String> values = new LinkedHashMap<>();
    boolean verbose = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--verbose")) {
        verbose = true;
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (!List.of("--input", "--output", "--as-of", "--config", "--previous").contains(name)) {
        throw usage("unknown option '" + a + "'");
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw usage(name + " needs a value");
        }
        value = args[++i];
      }
      if (values.put(name, value) != null) {
        throw usage(name + " given twice");
      }
    }
    for (String required : List.of("--input", "--output", "--as-of")) {
      if (!values.containsKey(required) || values.get(required).isBlank()) {
        throw usage("missing " + required);
      }
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(values.get("--as-of"), DAY);
    } catch (DateTimeParseException e) {
      throw usage("--as-of must be a day as yyyy-mm-dd, not '" + values.get("--as-of") + "'");
    }
    return new RunArguments(values.get("--input"), values.get("--output"), asOf,
        Optional.ofNullable(values.get("--config")), verbose, List.of(args),
        Optional.ofNullable(values.get("--previous")));
  }

  private static PipelineException usage(String problem) {
    return new PipelineException(Kind.USAGE, problem + " (" + USAGE + ")");
  }
}
