package org.disruptionanalytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VersionsTest {

  /** The project's root: tests run in the module's folder. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theCommitIsBuildMetadataOfTheProjectVersion() {
    assertEquals("0.1.0-SNAPSHOT", Versions.codeVersion("0.1.0-SNAPSHOT", null));
    assertEquals("0.1.0-SNAPSHOT+g3062325b8ec4", Versions.codeVersion("0.1.0-SNAPSHOT", "3062325b8ec4"));
    assertEquals("0.1.0+g3062325b8ec4.dirty", Versions.codeVersion("0.1.0", "3062325b8ec4.dirty"));
    // Anything else in the stamp (a tag, an error message) is a broken build, not a version.
    for (String bad : List.of("", "v0.1-3-g3062325b8ec4", "fatal: not a git repository", "3062325")) {
      assertThrows(IllegalStateException.class, () -> Versions.codeVersion("0.1.0", bad), bad);
    }
  }

  /** Built in a git checkout, code_version names its commit; built elsewhere, none. */
  @Test
  void theBuildCarriesTheCommitOfItsCheckout() throws Exception {
    String code = Versions.built().code();
    if (!Files.exists(ROOT.resolve(".git"))) {
      assertFalse(code.contains("+"), code);
      return;
    }
    Matcher m = Pattern.compile("\\d+\\.\\d+\\.\\d+[^+]*\\+g([0-9a-f]{12,40})(\\.dirty)?").matcher(code);
    assertTrue(m.matches(), code);
    String head = git("rev-parse", "HEAD").output();
    assertTrue(head.startsWith(m.group(1)), code + " is not the checkout's commit " + head);
    // git diff exits 1 when a tracked file differs from the commit, as describe --dirty sees it.
    assertEquals(git("diff", "--quiet", "HEAD").status() == 1, m.group(2) != null, code);
  }

  @Test
  void versionPrintsTheThreeVersions() {
    Versions v = new Versions("0.1.0+gabc", Versions.CONTRACT, "4.2.0", false);
    assertEquals("code_version 0.1.0+gabc\ncontract_version 1.1\n"
        + "spark_version 4.2.0 (built against; this tool runs without Spark)\n", v.text());
    assertEquals("code_version 0.1.0+gabc\ncontract_version 1.1\nspark_version 4.2.1\n", v.runningOn("4.2.1").text());
    assertEquals("4.2.0", Versions.built().spark());
  }

  private record Git(int status, String output) {}

  private static Git git(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", ROOT.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return new Git(p.waitFor(), out);
  }
}
