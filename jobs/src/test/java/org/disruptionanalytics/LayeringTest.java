package org.disruptionanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every layer of the job points down (README "Project layout"): a main source file names, in an
 * import (static or not) or a qualified name, only its own package and those below it, so no two
 * packages import each other.
 */
class LayeringTest {

  /**
   * Bottom first; a package may use only those before it. A class of the root package is a layer
   * of its own, named for the class: every layer throws PipelineException, and Main is the top.
   * contract and reports are the other modules.
   */
  static final List<String> LAYERS = List.of(
      "contract", "dataset", "PipelineException", "config", "mapping", "raw", "reference", "clean",
      "marts", "reports", "run", "Main");

  private static final Path MAIN = Path.of("src/main/java/org/disruptionanalytics");
  private static final Pattern NAMED = Pattern.compile("\\borg\\.disruptionanalytics\\.([A-Za-z_]\\w*)");

  /** One place where a source file names a package: the file, its line, and the line's text. */
  record Use(String from, String to, String file, int line, String text) {
    @Override
    public String toString() {
      return file + ":" + line + " (" + from + " -> " + to + "): " + text.strip();
    }
  }

  @Test
  void noPackageUsesOneAbove() {
    List<String> problems = upwardUses(uses(MAIN));
    assertTrue(problems.isEmpty(), "imports of a layer above:\n" + String.join("\n", problems));
  }

  @Test
  void noPackagesImportEachOther() {
    List<String> cycles = cycles(uses(MAIN));
    assertTrue(cycles.isEmpty(), "import cycles:\n" + String.join("\n", cycles));
  }

  /** The checks themselves can fail: a clean package importing mapping, which imports it back. */
  @Test
  void aBadImportIsNamed(@TempDir Path root) throws IOException {
    write(root, "mapping/Up.java", "package org.disruptionanalytics.mapping;\n\n"
        + "import static org.disruptionanalytics.clean.Codes.POLICE;\n\nclass Up {}\n");
    write(root, "clean/Codes.java", "package org.disruptionanalytics.clean;\n\n"
        + "import org.disruptionanalytics.mapping.Up;\n\nclass Codes {}\n");
    write(root, "widgets/W.java", "package org.disruptionanalytics.widgets;\n\nclass W {}\n");
    List<Use> uses = uses(root);

    List<String> upward = upwardUses(uses);
    assertEquals(2, upward.size(), String.join("\n", upward));
    assertTrue(upward.get(0).startsWith("mapping/Up.java:3 (mapping -> clean)"), upward.get(0));
    assertTrue(upward.get(1).startsWith("widgets/W.java: package widgets is not in"), upward.get(1));
    List<String> cycles = cycles(uses);
    assertEquals(1, cycles.size(), String.join("\n", cycles));
    assertTrue(cycles.get(0).startsWith("clean -> mapping -> clean"), cycles.get(0));
    assertTrue(cycles.get(0).contains("mapping/Up.java:3"), cycles.get(0));
  }

  /** Every use of a package of the project by a source file under {@code root}. */
  static List<Use> uses(Path root) {
    List<Use> uses = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String file = root.relativize(f).toString().replace('\\', '/');
        String from = file.contains("/") ? file.substring(0, file.indexOf('/'))
            : file.substring(0, file.length() - ".java".length());
        List<String> lines = Files.readAllLines(f);
        // A file that names no package still has to sit in a known layer.
        uses.add(new Use(from, from, file, 0, ""));
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).startsWith("package ")) {
            continue;
          }
          Matcher m = NAMED.matcher(lines.get(i));
          while (m.find()) {
            uses.add(new Use(from, m.group(1), file, i + 1, lines.get(i)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uses;
  }

  /** Uses of a package above the user's (or of one LAYERS does not place). */
  static List<String> upwardUses(List<Use> uses) {
    List<String> problems = new ArrayList<>();
    for (Use u : uses) {
      if (!LAYERS.contains(u.from())) {
        if (u.line() == 0) {
          problems.add(u.file() + ": package " + u.from() + " is not in LayeringTest.LAYERS; place it there");
        }
      } else if (!LAYERS.contains(u.to())) {
        problems.add(u + " names " + u.to() + ", which LayeringTest.LAYERS does not place");
      } else if (LAYERS.indexOf(u.to()) > LAYERS.indexOf(u.from())) {
        problems.add(u.toString());
      }
    }
    return problems;
  }

  /**
   * Each cycle of packages that use each other, found whatever LAYERS says, with the first use
   * that makes each step of it.
   */
  static List<String> cycles(List<Use> uses) {
    Map<String, Map<String, Use>> graph = new TreeMap<>();
    for (Use u : uses) {
      graph.computeIfAbsent(u.from(), k -> new TreeMap<>());
      if (!u.from().equals(u.to())) {
        graph.get(u.from()).putIfAbsent(u.to(), u);
      }
    }
    List<String> cycles = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (String start : graph.keySet()) {
      walk(graph, start, new ArrayList<>(List.of(start)), done, cycles);
      done.add(start);
    }
    return cycles;
  }

  /** Cycles through {@code path}'s first package whose other packages come later than it. */
  private static void walk(Map<String, Map<String, Use>> graph, String at, List<String> path,
      List<String> done, List<String> cycles) {
    for (Map.Entry<String, Use> e : graph.getOrDefault(at, Map.of()).entrySet()) {
      String next = e.getKey();
      if (next.equals(path.get(0))) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
          steps.add("  " + graph.get(path.get(i)).get(i + 1 < path.size() ? path.get(i + 1) : next));
        }
        cycles.add(String.join(" -> ", path) + " -> " + next + "\n" + String.join("\n", steps));
      } else if (!path.contains(next) && !done.contains(next) && graph.containsKey(next)) {
        path.add(next);
        walk(graph, next, path, done, cycles);
        path.remove(path.size() - 1);
      }
    }
  }

  private static void write(Path root, String file, String text) throws IOException {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
