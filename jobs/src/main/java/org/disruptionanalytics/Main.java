package org.disruptionanalytics;

import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.spark.package$;
import org.apache.spark.sql.SparkSession;
import org.disruptionanalytics.config.PipelineConfig;
import org.disruptionanalytics.contract.Versions;
import org.disruptionanalytics.contract.cli.ParsedArguments;
import org.disruptionanalytics.run.DisruptionPipeline;
import org.disruptionanalytics.run.RunArguments;
import org.disruptionanalytics.run.RunResult;
import org.disruptionanalytics.run.RunSummary;

/**
 * The entry point for spark-submit and the local launcher: {@code run --input <dir> --output <dir>
 * --as-of <yyyy-mm-dd> [--config <file.json>] [--previous <dir>] [--verbose]}, or {@code --help} or
 * {@code --version} (RunArguments.COMMAND_LINE). Problems end in one line on stderr and a documented
 * exit status; {@code --verbose} adds the stack trace.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command line and returns its exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    boolean verbose = RunArguments.wantsVerbose(args);
    try {
      ParsedArguments line = RunArguments.read(args);
      // Help and version start no SparkSession: they answer at once, with no Spark logs and no master needed.
      Versions versions = Versions.built().runningOn(package$.MODULE$.SPARK_VERSION());
      if (RunArguments.COMMAND_LINE.answer(line, versions, out)) {
        return 0;
      }
      RunArguments parsed = RunArguments.of(line, args);
      PipelineConfig config = parsed.config().map(c -> PipelineConfig.read(Path.of(c)))
          .orElse(PipelineConfig.defaults());
      SparkSession spark = SparkSession.builder().appName("disruption-analytics").getOrCreate();
      RunResult result = new DisruptionPipeline(spark, parsed, config).run();
      out.print(RunSummary.render(result, parsed.output()));
      return 0;
    } catch (PipelineException e) {
      err.println("disruption-analytics: " + oneLine(e.getMessage()));
      if (verbose) {
        e.printStackTrace(err);
      }
      return e.kind().exitStatus;
    } catch (Exception | Error e) {
      // Exception, not RuntimeException: a failure in a Spark task reaches the driver as a
      // SparkException, which Scala throws although Java counts it as checked; an input error
      // raised in the task (a truncated archive) is found among its causes and keeps its status.
      PipelineException known = findPipelineException(e);
      if (known != null) {
        err.println("disruption-analytics: " + oneLine(known.getMessage()));
      } else {
        err.println("disruption-analytics: unexpected failure: " + e.getClass().getSimpleName() + ": "
            + oneLine(e.getMessage()) + (verbose ? "" : " (run with --verbose for the stack trace)"));
      }
      if (verbose) {
        e.printStackTrace(err);
      }
      return known != null ? known.kind().exitStatus : 1;
    }
  }

  private static PipelineException findPipelineException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PipelineException p) {
        return p;
      }
    }
    return null;
  }

  /** Messages from libraries may span lines; stderr gets one. */
  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
