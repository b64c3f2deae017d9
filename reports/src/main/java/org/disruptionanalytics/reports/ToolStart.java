package org.disruptionanalytics.reports;

import java.io.PrintStream;
import java.util.function.ToIntFunction;
import org.disruptionanalytics.contract.Versions;
import org.disruptionanalytics.contract.cli.CommandLine;
import org.disruptionanalytics.contract.cli.ParsedArguments;
import org.disruptionanalytics.contract.cli.UsageError;

/**
 * How the reports module's tools (report, check-claim) start: --help and --version answered with
 * status 0, a line the tool cannot take (its own checks throw UsageError too) one line on stderr
 * with status 2.
 */
final class ToolStart {

  static final int ANSWERED = 0;
  static final int USAGE = 2;

  private ToolStart() {}

  static int run(String name, CommandLine line, String[] args, PrintStream out, PrintStream err,
      ToIntFunction<ParsedArguments> tool) {
    try {
      ParsedArguments parsed = line.parse(args, 0);
      return line.answer(parsed, Versions.built(), out) ? ANSWERED : tool.applyAsInt(parsed);
    } catch (UsageError e) {
      err.println(name + ": " + line.problem(e.getMessage()));
      return USAGE;
    }
  }
}
