package org.disruptionanalytics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.disruptionanalytics.contract.Versions;
import org.disruptionanalytics.contract.cli.CommandLine;
import org.disruptionanalytics.contract.cli.ExitStatus;
import org.junit.jupiter.api.Test;

/**
 * --help and --version of scripts/report.sh and scripts/check-claim.sh: status 0, every option the
 * parser takes and every exit status in the help, the three versions; a bad line is status 2.
 */
class CommandHelpTest {

  private record Result(int status, String out, String err) {}

  /** A command's run method: arguments, stdout, stderr to its exit status. */
  private interface Command {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  private static Result run(Command command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void check(Command command, CommandLine line, String name) {
    for (String help : List.of("--help", "-h")) {
      Result r = run(command, help);
      assertEquals(new Result(0, line.help(), ""), r);
    }
    assertEquals(0, run(command, "--warehouse", "w", "--help").status());
    String help = line.help();
    for (String option : line.accepted()) {
      assertTrue(Pattern.compile("(?m)^  (-h, )?" + Pattern.quote(option) + "\\b").matcher(help).find(),
          option + " is not listed in\n" + help);
    }
    String words = help.replaceAll("\\s+", " ");
    assertTrue(help.contains("\nExit status:\n"), help);
    for (ExitStatus s : line.exitStatuses()) {
      assertTrue(words.contains(" " + s.code() + " " + s.meaning() + " "), s + " in\n" + help);
    }

    Result version = run(command, "--version");
    assertEquals(0, version.status(), version.err());
    assertEquals("code_version " + Versions.built().code() + "\ncontract_version " + Versions.CONTRACT
        + "\nspark_version 4.2.0 (built against; this tool runs without Spark)\n", version.out());

    Result unknown = run(command, "--warehouse", "w", "--colour", "red");
    assertEquals(2, unknown.status());
    assertEquals(name + ": unknown option '--colour' (usage: " + line.synopsis() + "; --help for more)\n",
        unknown.err());
    assertEquals(2, run(command).status());
  }

  @Test
  void report() {
    check(ReportCommand::run, ReportCommand.COMMAND_LINE, "report");
    List<Integer> codes = ReportCommand.COMMAND_LINE.exitStatuses().stream().map(ExitStatus::code).toList();
    assertEquals(List.of(0, 1, 2, 3, 6), codes);
  }

  @Test
  void checkClaim() {
    check(ClaimCommand::run, ClaimCommand.COMMAND_LINE, "check-claim");
    List<Integer> codes = ClaimCommand.COMMAND_LINE.exitStatuses().stream().map(ExitStatus::code).toList();
    assertEquals(List.of(0, 1, 2, 3), codes);
  }
}
