package org.disruptionanalytics.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The versions {@code --version} prints and a run's manifest records: this code's
 * ({@code code_version}), the data contract's and Spark's.
 *
 * <p>{@code code_version} is the Maven project version, plus {@code +g} and the git commit (12 hex
 * digits) when the build ran in a git checkout, plus {@code .dirty} when tracked files differed from
 * that commit: {@code 0.1.0-SNAPSHOT+g3062325b8ec4}. It is part of the run id, so two commits never
 * share one. A build from a source archive has no commit and gives the plain project version.
 *
 * @param sparkRunning whether {@code spark} is the Spark this process runs on, or only the one the
 *     build was made and tested against (the reports tools run without Spark)
 */
public record Versions(String code, String contract, String spark, boolean sparkRunning) {

  /** The version of ../shared/CONTRACT.md this code implements. */
  public static final String CONTRACT = "1.1";

  private static final Pattern DESCRIBE = Pattern.compile("[0-9a-f]{12,40}(\\.dirty)?");

  /** What the build stamped: the project version, the commit (when in git) and Spark's version. */
  public static Versions built() {
    Properties build = load("/disruption-analytics.properties");
    Properties git = load("/disruption-analytics-git.properties");
    return new Versions(codeVersion(build.getProperty("project_version", "unknown"), git.getProperty("git_describe")),
        CONTRACT, build.getProperty("spark_version", "unknown"), false);
  }

  /** The same, with the version of the Spark the process runs on. */
  public Versions runningOn(String sparkVersion) {
    return new Versions(code, contract, sparkVersion, true);
  }

  /**
   * The project version with the build's {@code git describe} output (null outside git) as semantic
   * versioning's build metadata.
   */
  static String codeVersion(String projectVersion, String gitDescribe) {
    if (gitDescribe == null) {
      return projectVersion;
    }
    // A stamp of any other shape is a broken build; leaving the commit out would merge run ids.
    if (!DESCRIBE.matcher(gitDescribe).matches()) {
      throw new IllegalStateException("the build's git stamp is not a commit: '" + gitDescribe + "'");
    }
    return projectVersion + "+g" + gitDescribe;
  }

  /** The three lines of {@code --version}, named as in the manifest. */
  public String text() {
    return "code_version " + code + "\n"
        + "contract_version " + contract + "\n"
        + "spark_version " + spark + (sparkRunning ? "" : " (built against; this tool runs without Spark)") + "\n";
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream(resource)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
