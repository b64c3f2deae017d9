package org.disruptionanalytics.run;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
import org.disruptionanalytics.contract.cli.CommandLine;
import org.disruptionanalytics.contract.cli.ExitStatus;
import org.disruptionanalytics.contract.cli.Option;
import org.disruptionanalytics.contract.cli.ParsedArguments;
import org.disruptionanalytics.contract.cli.UsageError;

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

  /** The options of {@code run}: the parser and the help are both made from them. */
  public static final CommandLine COMMAND_LINE = new CommandLine("run",
      "Runs the pipeline: reads the input folder as of the day given, writes the warehouse (clean tables,"
      + " quarantine, marts, the monthly summary, _manifest.json) beside --output and publishes it there in one"
      + " step. Started by spark-submit with the jobs jar (README, \"Running it\"), scripts/run-local.sh or"
      + " scripts/submit.sh.",
      List.of(
          Option.required("--input", "<dir>", "the input folder: disruptions/, investigations/, ocg_register/,"
              + " optional ocg_links/ and mappings/ (any Hadoop file system URI)"),
          Option.required("--output", "<dir>", "the warehouse root readers find the published tables at"),
          Option.required("--as-of", "<yyyy-mm-dd>", "the data cut-off, a day in UTC"),
          Option.optional("--config", "<file.json>", "a config file (README, \"Config file\")", "none"),
          Option.optional("--previous", "<dir>", "the warehouse the report's revisions compare with",
              "the previous published version of --output"),
          Option.flag("--verbose", "add the stack trace to a failure")),
      exitStatuses());

  private static List<ExitStatus> exitStatuses() {
    List<ExitStatus> statuses = new ArrayList<>(List.of(new ExitStatus(0, "success"),
        new ExitStatus(1, "anything unexpected")));
    for (Kind kind : Kind.values()) {
      statuses.add(new ExitStatus(kind.exitStatus, kind.meaning));
    }
    return statuses;
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** Whether the arguments ask for stack traces, whether or not they parse. */
  public static boolean wantsVerbose(String[] args) {
    return List.of(args).contains("--verbose");
  }

  /**
   * Reads the command line: {@code run} and its options, or {@code --help} or {@code --version}
   * alone.
   */
  public static ParsedArguments read(String[] args) {
    if (args.length == 0) {
      throw usage("no command given");
    }
    boolean alone = CommandLine.HELP.contains(args[0]) || args[0].equals(CommandLine.VERSION);
    if (!alone && !args[0].equals("run")) {
      throw usage("unknown command '" + args[0] + "'");
    }
    try {
      return COMMAND_LINE.parse(args, alone ? 0 : 1);
    } catch (UsageError e) {
      throw usage(e.getMessage());
    }
  }

  /** The arguments of a run, from its parsed command line {@code args}. */
  public static RunArguments of(ParsedArguments parsed, String[] args) {
    String asOfText = parsed.value("--as-of").orElseThrow();
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(asOfText, DAY);
    } catch (DateTimeParseException e) {
      throw usage("--as-of must be a day as yyyy-mm-dd, not '" + asOfText + "'");
    }
    return new RunArguments(parsed.value("--input").orElseThrow(), parsed.value("--output").orElseThrow(), asOf,
        parsed.value("--config"), parsed.has("--verbose"), List.of(args), parsed.value("--previous"));
  }

  private static PipelineException usage(String problem) {
    return new PipelineException(Kind.USAGE, COMMAND_LINE.problem(problem));
  }
}
