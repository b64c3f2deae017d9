package org.disruptionanalytics.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.disruptionanalytics.contract.ThreatAreas;
import org.disruptionanalytics.contract.cli.CommandLine;
import org.disruptionanalytics.contract.cli.ExitStatus;
import org.disruptionanalytics.contract.cli.Option;
import org.disruptionanalytics.contract.cli.ParsedArguments;
import org.disruptionanalytics.contract.cli.UsageError;
import org.disruptionanalytics.reports.claims.Claim;
import org.disruptionanalytics.reports.claims.UnreadableClaim;
import org.disruptionanalytics.reports.revisions.Baseline;
import org.disruptionanalytics.reports.revisions.PreviousVersion;
import org.disruptionanalytics.reports.revisions.ReleaseRecord;
import org.disruptionanalytics.reports.sections.ReportContext;
import org.disruptionanalytics.reports.warehouse.ReportFiles;
import org.disruptionanalytics.reports.warehouse.WarehouseException;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * {@code report} (options and exit statuses: COMMAND_LINE): renders the monthly summary of a
 * published warehouse, without Spark, into {@code <out>/reports/} (both releases unless --audience
 * names one), with its revisions against {@code --previous} (default: the newest older version the
 * publisher keeps). The warehouse is never written to: an output folder inside it is refused. With
 * --claims, the claims of the file (as scripts/check-claim.sh reads them) are checked and listed in
 * a "Claims checked" section of the internal release.
 */
public final class ReportCommand {

  static final Set<String> THREATS = Set.copyOf(ThreatAreas.ALL);
  private static final String DEFAULT_THREAT = "OIC";

  static final ExitStatus DONE = new ExitStatus(ToolStart.ANSWERED, "done");
  static final ExitStatus UNEXPECTED = new ExitStatus(1, "anything unexpected");
  static final ExitStatus USAGE = new ExitStatus(ToolStart.USAGE,
      "bad arguments, or a claims file that cannot be read");
  static final ExitStatus UNREADABLE = new ExitStatus(3, "the warehouse cannot be read: no _manifest.json, a"
      + " missing table or column, a corrupt file (one line names it)");
  static final ExitStatus UNWRITABLE = new ExitStatus(6, "the report cannot be written");

  /** The options of {@code report}: the parser and the help are both made from them. */
  static final CommandLine COMMAND_LINE = new CommandLine("report",
      "Renders the monthly summary of a published warehouse, without Spark, into <out>/reports/: byte for byte"
      + " what the run wrote for the same threat area. The warehouse is never written to. scripts/report.sh"
      + " starts it.",
      List.of(
          Option.required("--warehouse", "DIR", "the published warehouse (a run's --output)"),
          Option.required("--out", "DIR", "the folder reports/ is written into, outside the warehouse"),
          Option.optional("--threat", "T", "the threat area, one of " + String.join(", ", ThreatAreas.ALL),
              DEFAULT_THREAT),
          Option.optional("--audience", "internal|published|both", "the release(s) to render", "both"),
          Option.optional("--previous", "DIR", "the warehouse the revisions compare with",
              "the newest older complete version of another run in <warehouse>.versions/"),
          Option.optional("--claims", "FILE", "a JSON array of claims (as scripts/check-claim.sh reads them),"
              + " checked in a \"Claims checked\" section of the internal release", "none"),
          Option.flag("--verbose", "add the stack trace to a failure")),
      List.of(DONE, UNEXPECTED, USAGE, UNREADABLE, UNWRITABLE));

  private ReportCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    return ToolStart.run("report", COMMAND_LINE, args, out, err, line -> render(line, out, err));
  }

  private static int render(ParsedArguments line, PrintStream out, PrintStream err) {
    Path warehouse = Path.of(line.value("--warehouse").orElseThrow());
    Path output = Path.of(line.value("--out").orElseThrow());
    Path previous = line.value("--previous").map(Path::of).orElse(null);
    Path claimsFile = line.value("--claims").map(Path::of).orElse(null);
    String threat = line.value("--threat").orElse(DEFAULT_THREAT).trim().toUpperCase(Locale.ROOT);
    boolean verbose = line.has("--verbose");
    String audienceGiven = line.value("--audience").orElse("both");
    MonthlySummary.Audience audience;
    try {
      audience = MonthlySummary.Audience.valueOf(audienceGiven.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageError("--audience must be internal, published or both, not '" + audienceGiven + "'");
    }
    if (!THREATS.contains(threat)) {
      throw new UsageError("--threat must be one of " + new java.util.TreeSet<>(THREATS) + ", not '" + threat + "'");
    }
    List<Claim> claims = List.of();
    if (claimsFile != null) {
      try {
        claims = Claim.parseFile(Files.readAllBytes(claimsFile), claimsFile.toString());
      } catch (IOException e) {
        err.println("report: cannot read " + claimsFile + ": " + e.getMessage());
        return USAGE.code();
      } catch (UnreadableClaim e) {
        err.println("report: " + e.getMessage());
        return USAGE.code();
      }
      if (!audience.internal()) {
        throw new UsageError("--claims adds a section to the internal release; --audience published has none");
      }
    }
    try {
      if (!Files.isDirectory(warehouse)) {
        err.println("report: no warehouse folder " + warehouse);
        return UNREADABLE.code();
      }
      Path realWarehouse = warehouse.toRealPath();
      Path target = output.toAbsolutePath().normalize();
      Path existing = target;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      Path realTarget = existing == null ? target : existing.toRealPath().resolve(existing.relativize(target));
      if (realTarget.startsWith(realWarehouse)) {
        err.println("report: --out " + output + " is inside the warehouse " + warehouse
            + "; a published version is never modified: choose a folder outside it");
        return USAGE.code();
      }
      WarehouseFiles in = WarehouseFiles.local(realWarehouse);
      ReportContext ctx = RunFacts.read(in, threat);
      if (previous != null && !Files.isDirectory(previous)) {
        err.println("report: no previous warehouse folder " + previous);
        return UNREADABLE.code();
      }
      Optional<Path> before = previous != null ? Optional.of(previous) : PreviousVersion.local(realWarehouse);
      Baseline baseline = new Baseline(ReleaseRecord.read(in), before.map(WarehouseFiles::local));
      List<MonthlySummary.Written> written = MonthlySummary.write(in, ReportFiles.local(target), ctx, audience,
          baseline, claims);
      out.println("report: " + written.size() + " files for " + threat + " as of " + ctx.asOf() + " (run "
          + ctx.runId() + ") in " + target.resolve("reports") + " (" + audience.name().toLowerCase(Locale.ROOT)
          + ")");
      return DONE.code();
    } catch (UnreadableClaim e) {
      err.println("report: " + e.getMessage());
      return USAGE.code();
    } catch (WarehouseException e) {
      err.println("report: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return UNREADABLE.code();
    } catch (java.io.UncheckedIOException | IOException e) {
      err.println("report: cannot write the report: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return UNWRITABLE.code();
    } catch (RuntimeException e) {
      err.println("report: unexpected " + e);
      if (verbose) {
        e.printStackTrace(err);
      }
      return UNEXPECTED.code();
    }
  }
}
