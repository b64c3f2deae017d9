package org.disruptionanalytics.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * {@code report --warehouse DIR --out DIR [--threat T] [--audience internal|published|both]
 * [--previous DIR] [--claims FILE]}: renders the monthly summary of a published warehouse, without Spark, into
 * {@code <out>/reports/} (both releases unless --audience names one), with its revisions against
 * {@code --previous} (default: the newest older version the publisher keeps). The warehouse is
 * never written to: an output folder inside it is refused. With --claims, the claims of the file
 * (as scripts/check-claim.sh reads them) are checked and listed in a "Claims checked" section of
 * the internal release.
 *
 * <p>Exit status as the job's: 0 done, 2 bad arguments, 3 the warehouse cannot be read, 6 the
 * report cannot be written, 1 anything unexpected.
 */
public final class ReportCommand {

  static final Set<String> THREATS = Set.copyOf(org.disruptionanalytics.contract.ThreatAreas.ALL);

  private ReportCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path warehouse = null;
    Path output = null;
    Path previous = null;
    Path claimsFile = null;
    String threat = "OIC";
    MonthlySummary.Audience audience = MonthlySummary.Audience.BOTH;
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--verbose")) {
        verbose = true;
        continue;
      }
      if (!List.of("--warehouse", "--out", "--threat", "--audience", "--previous", "--claims").contains(a)) {
        return usage(err, "unknown argument '" + a + "'");
      }
      if (i + 1 >= args.length) {
        return usage(err, a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--warehouse" -> warehouse = Path.of(v);
        case "--out" -> output = Path.of(v);
        case "--audience" -> {
          try {
            audience = MonthlySummary.Audience.valueOf(v.trim().toUpperCase(java.util.Locale.ROOT));
          } catch (IllegalArgumentException e) {
            return usage(err, "--audience must be internal, published or both, not '" + v + "'");
          }
        }
        case "--previous" -> previous = Path.of(v);
        case "--claims" -> claimsFile = Path.of(v);
        default -> threat = v.trim().toUpperCase(java.util.Locale.ROOT);
      }
    }
    if (warehouse == null || output == null) {
      return usage(err, "--warehouse and --out are required");
    }
    if (!THREATS.contains(threat)) {
      return usage(err, "--threat must be one of " + new java.util.TreeSet<>(THREATS) + ", not '" + threat + "'");
    }
    List<Claim> claims = List.of();
    if (claimsFile != null) {
      try {
        claims = Claim.parseFile(Files.readAllBytes(claimsFile), claimsFile.toString());
      } catch (IOException e) {
        err.println("report: cannot read " + claimsFile + ": " + e.getMessage());
        return 2;
      } catch (UnreadableClaim e) {
        err.println("report: " + e.getMessage());
        return 2;
      }
      if (!audience.internal()) {
        return usage(err, "--claims adds a section to the internal release; --audience published has none");
      }
    }
    try {
      if (!Files.isDirectory(warehouse)) {
        err.println("report: no warehouse folder " + warehouse);
        return 3;
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
        return 2;
      }
      WarehouseFiles in = WarehouseFiles.local(realWarehouse);
      ReportContext ctx = RunFacts.read(in, threat);
      if (previous != null && !Files.isDirectory(previous)) {
        err.println("report: no previous warehouse folder " + previous);
        return 3;
      }
      Optional<Path> before = previous != null ? Optional.of(previous) : PreviousVersion.local(realWarehouse);
      Baseline baseline = new Baseline(ReleaseRecord.read(in), before.map(WarehouseFiles::local));
      List<MonthlySummary.Written> written = MonthlySummary.write(in, ReportFiles.local(target), ctx, audience,
          baseline, claims);
      out.println("report: " + written.size() + " files for " + threat + " as of " + ctx.asOf() + " (run "
          + ctx.runId() + ") in " + target.resolve("reports") + " (" + audience.name().toLowerCase(java.util.Locale.ROOT)
          + ")");
      return 0;
    } catch (UnreadableClaim e) {
      err.println("report: " + e.getMessage());
      return 2;
    } catch (WarehouseException e) {
      err.println("report: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return 3;
    } catch (java.io.UncheckedIOException | IOException e) {
      err.println("report: cannot write the report: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return 6;
    } catch (RuntimeException e) {
      err.println("report: unexpected " + e);
      if (verbose) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("report: " + problem + "; usage: report --warehouse DIR --out DIR [--threat OIC]"
        + " [--audience internal|published|both] [--previous DIR] [--claims FILE] [--verbose]");
    return 2;
  }
}
