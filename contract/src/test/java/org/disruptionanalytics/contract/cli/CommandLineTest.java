package org.disruptionanalytics.contract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disruptionanalytics.contract.Versions;
import org.disruptionanalytics.contract.cli.ParsedArguments.Request;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  private static final CommandLine LINE = new CommandLine("tool", "Does a thing to a folder.",
      List.of(Option.required("--in", "<dir>", "the folder read"),
          Option.optional("--mode", "M", "how", "fast"),
          Option.flag("--loud", "say more")),
      List.of(new ExitStatus(3, "the folder cannot be read"), new ExitStatus(0, "done")));

  private static ParsedArguments parse(String... args) {
    return LINE.parse(args, 0);
  }

  private static String problem(String... args) {
    return assertThrows(UsageError.class, () -> parse(args)).getMessage();
  }

  @Test
  void valuesFollowTheirOptionOrItsEqualsSign() {
    ParsedArguments p = parse("--in", "a", "--mode=slow", "--loud");
    assertEquals(Request.RUN, p.request());
    assertEquals(Map.of("--in", "a", "--mode", "slow"), p.values());
    assertEquals(Set.of("--loud"), p.flags());
    assertEquals(Map.of("--in", "b"), parse("--in=b").values());
    assertEquals(Set.of(), parse("--in=b").flags());
  }

  @Test
  void eachProblemIsNamed() {
    assertEquals("missing --in", problem());
    assertEquals("missing --in", problem("--in", " "));
    assertEquals("unknown option '--colour'", problem("--in", "a", "--colour", "red"));
    assertEquals("--in needs a value", problem("--in", "--loud"));
    assertEquals("--in needs a value", problem("--in"));
    assertEquals("--in given twice", problem("--in", "a", "--in=b"));
    assertEquals("--loud takes no value", problem("--in", "a", "--loud=yes"));
    // The first problem of the line is the one reported.
    assertEquals("unknown option '-x'", problem("-x", "--in"));
  }

  @Test
  void helpAndVersionWinOverEverythingElse() {
    for (String help : List.of("-h", "--help")) {
      assertEquals(Request.HELP, parse(help).request());
      assertEquals(Request.HELP, parse("--colour", "--in", help).request());
    }
    assertEquals(Request.VERSION, parse("--version").request());
    assertEquals(Request.VERSION, parse("--in", "a", "--version").request());
    assertEquals(Request.HELP, parse("--version", "--help").request());
    assertEquals(Request.HELP, LINE.parse(new String[] {"run", "--help"}, 1).request());
  }

  @Test
  void theHelpNamesEveryOptionItsDefaultAndEveryExitStatus() {
    String help = LINE.help();
    assertEquals(List.of("--in", "--mode", "--loud", "-h", "--help", "--version"), LINE.accepted());
    for (String name : LINE.accepted()) {
      assertTrue(help.contains(name), name + " missing from\n" + help);
    }
    assertTrue(help.startsWith("usage: tool --in <dir> [--mode M] [--loud]\n       tool --help | --version\n"), help);
    assertTrue(help.contains("\n  --in <dir>                the folder read; required\n"), help);
    assertTrue(help.contains("\n  --mode M                  how; default: fast\n"), help);
    assertTrue(help.contains("\n  --loud                    say more\n"), help);
    assertTrue(help.contains("\nExit status:\n  0  done\n  3  the folder cannot be read\n"), help);
    assertEquals("tool --in <dir> [--mode M] [--loud]", LINE.synopsis());
    assertEquals("--in needs a value (usage: tool --in <dir> [--mode M] [--loud]; --help for more)",
        LINE.problem("--in needs a value"));
    assertTrue(help.lines().allMatch(l -> l.length() <= 100), help);
  }

  @Test
  void helpAndVersionAreAnsweredByTheLineItself() {
    Versions versions = new Versions("1.0+g3062325b8ec4", Versions.CONTRACT, "4.2.0", true);
    for (Map.Entry<String, String> asked : Map.of("--help", LINE.help(), "--version", versions.text()).entrySet()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(LINE.answer(parse(asked.getKey()), versions, new PrintStream(out, true, StandardCharsets.UTF_8)));
      assertEquals(asked.getValue(), out.toString(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertFalse(LINE.answer(parse("--in", "a"), versions, new PrintStream(out, true, StandardCharsets.UTF_8)));
    assertEquals(0, out.size());
  }

  @Test
  void anOptionListedTwiceIsABug() {
    assertThrows(IllegalArgumentException.class, () -> new CommandLine("t", "", List.of(Option.flag("--a", "x"),
        Option.flag("--a", "y")), List.of()));
  }
}
