package org.disruptionanalytics.contract.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disruptionanalytics.contract.Versions;

/**
 * A command's options and exit statuses, from which both its parser and its {@code --help} are
 * made: the help names exactly what the parser takes. Every command also takes {@code -h} or
 * {@code --help} and {@code --version}.
 *
 * <p>An option's value follows it ({@code --input in}) or its {@code =} ({@code --input=in}), and
 * is never {@code -h} nor begins with {@code --}, so a forgotten value is not taken from the next
 * option. Help or version anywhere wins over any other problem of the line: a user who asks for
 * help gets it.
 */
public final class CommandLine {

  /** The names that ask for the help. */
  public static final List<String> HELP = List.of("-h", "--help");
  public static final String VERSION = "--version";

  private static final int WIDTH = 100;
  private static final int LABEL_WIDTH = 26;

  private final String command;
  private final String summary;
  private final List<Option> options;
  private final List<ExitStatus> exitStatuses;
  private final Map<String, Option> byName;

  /**
   * @param command the name the synopsis starts with
   * @param summary what the command does, and rules between options the synopsis cannot show
   */
  public CommandLine(String command, String summary, List<Option> options, List<ExitStatus> exitStatuses) {
    this.command = command;
    this.summary = summary;
    this.options = List.copyOf(options);
    this.exitStatuses = exitStatuses.stream().sorted(Comparator.comparingInt(ExitStatus::code)).toList();
    this.byName = options.stream().collect(Collectors.toMap(Option::name, Function.identity(), (a, b) -> {
      throw new IllegalArgumentException("option " + a.name() + " listed twice");
    }, LinkedHashMap::new));
  }

  public List<Option> options() {
    return options;
  }

  public List<ExitStatus> exitStatuses() {
    return exitStatuses;
  }

  /** Every name the parser takes: the options, then the help's and the version's. */
  public List<String> accepted() {
    return Stream.concat(Stream.concat(options.stream().map(Option::name), HELP.stream()), Stream.of(VERSION))
        .toList();
  }

  /** The command and its options in one line: {@code run --input <dir> [--config <file>] [--verbose]}. */
  public String synopsis() {
    return String.join(" ", synopsisWords());
  }

  private List<String> synopsisWords() {
    List<String> words = new ArrayList<>();
    words.add(command);
    for (Option o : options) {
      String word = o.isFlag() ? o.name() : o.name() + " " + o.value();
      words.add(o.isRequired() ? word : "[" + word + "]");
    }
    return words;
  }

  /** A problem of the line as a command reports it: with the synopsis, and where to read more. */
  public String problem(String problem) {
    return problem + " (usage: " + synopsis() + "; --help for more)";
  }

  /** The text of {@code --help}: synopsis, summary, every option with its default, the exit statuses. */
  public String help() {
    StringBuilder out = new StringBuilder();
    String usage = "usage: ";
    wrap(out, synopsisWords(), usage, " ".repeat(usage.length() + command.length() + 1));
    out.append(" ".repeat(usage.length())).append(command).append(" --help | --version\n\n");
    wrap(out, List.of(summary.split(" ")), "", "");
    out.append("\nOptions:\n");
    for (Option o : options) {
      String label = o.isFlag() ? o.name() : o.name() + " " + o.value();
      String when = o.isFlag() ? "" : o.isRequired() ? "; required" : "; default: " + o.byDefault();
      describe(out, label, o.meaning() + when);
    }
    describe(out, String.join(", ", HELP), "print this help and exit");
    describe(out, VERSION, "print the code, contract and Spark versions and exit");
    out.append("\nExit status:\n");
    for (ExitStatus s : exitStatuses) {
      wrap(out, List.of(s.meaning().split(" ")), "  " + s.code() + "  ", "     ");
    }
    return out.toString();
  }

  private static void describe(StringBuilder out, String label, String meaning) {
    String indent = " ".repeat(2 + LABEL_WIDTH);
    String first = "  " + label;
    if (first.length() >= indent.length()) {
      out.append(first).append('\n');
      first = indent;
    } else {
      first = first + " ".repeat(indent.length() - first.length());
    }
    wrap(out, List.of(meaning.split(" ")), first, indent);
  }

  /** Words filled into lines of at most WIDTH characters (a longer word stands alone). */
  private static void wrap(StringBuilder out, List<String> words, String firstPrefix, String restPrefix) {
    StringBuilder line = new StringBuilder(firstPrefix);
    boolean empty = true;
    for (String w : words) {
      if (!empty && line.length() + 1 + w.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(restPrefix);
        empty = true;
      }
      line.append(empty ? "" : " ").append(w);
      empty = false;
    }
    out.append(line).append('\n');
  }

  /**
   * Prints the help, or the versions given, when the line asks for one of them, and says whether it
   * did: the command then ends with status 0.
   */
  public boolean answer(ParsedArguments line, Versions versions, PrintStream out) {
    switch (line.request()) {
      case HELP -> out.print(help());
      case VERSION -> out.print(versions.text());
      case RUN -> {
        return false;
      }
    }
    return true;
  }

  /** Reads {@code args} from index {@code from} on; throws {@link UsageError} for the first problem. */
  public ParsedArguments parse(String[] args, int from) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> flags = new LinkedHashSet<>();
    boolean help = false;
    boolean version = false;
    String problem = null;
    for (int i = from; i < args.length; i++) {
      String a = args[i];
      if (HELP.contains(a)) {
        help = true;
        continue;
      }
      if (a.equals(VERSION)) {
        version = true;
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      Option o = byName.get(name);
      String wrong = null;
      if (o == null) {
        wrong = "unknown option '" + a + "'";
      } else if (o.isFlag()) {
        wrong = value == null ? null : name + " takes no value";
        flags.add(name);
      } else {
        if (value == null && (i + 1 >= args.length || args[i + 1].startsWith("--") || HELP.contains(args[i + 1]))) {
          wrong = name + " needs a value";
        } else if (values.put(name, value != null ? value : args[++i]) != null) {
          wrong = name + " given twice";
        }
      }
      if (problem == null) {
        problem = wrong;
      }
    }
    if (help) {
      return new ParsedArguments(ParsedArguments.Request.HELP, Map.of(), Set.of());
    }
    if (version) {
      return new ParsedArguments(ParsedArguments.Request.VERSION, Map.of(), Set.of());
    }
    if (problem != null) {
      throw new UsageError(problem);
    }
    for (Option o : options) {
      if (o.isRequired() && (!values.containsKey(o.name()) || values.get(o.name()).isBlank())) {
        throw new UsageError("missing " + o.name());
      }
    }
    return new ParsedArguments(ParsedArguments.Request.RUN, Map.copyOf(values), Set.copyOf(flags));
  }
}
