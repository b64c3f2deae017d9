package org.disruptionanalytics.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.reports.claims.Claim;
import org.disruptionanalytics.reports.claims.ClaimCheck;
import org.disruptionanalytics.reports.claims.ClaimOutput;
import org.disruptionanalytics.reports.claims.ClaimResult;
import org.disruptionanalytics.reports.claims.ClaimSource;
import org.disruptionanalytics.reports.claims.UnreadableClaim;
import org.disruptionanalytics.reports.warehouse.WarehouseException;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * {@code check-claim --warehouse DIR --period P --says PHRASE [--threat OIC] [--agency ALL]
 * [--region ALL] [--compare-with P2] [--json]}, or {@code --claims FILE} for a JSON array of
 * claims: tests each sentence about the figures against a published warehouse, without Spark.
 *
 * <p>Exit status: 0 when every claim is SUPPORTED, 1 when one has another verdict, 2 when one
 * cannot be read (or the arguments are wrong), 3 when the warehouse cannot be read.
 */
public final class ClaimCommand {

  private static final List<String> OPTIONS = List.of("--warehouse", "--period", "--says", "--threat", "--agency",
      "--region", "--compare-with", "--claims");
  private static final String USAGE = "usage: check-claim --warehouse DIR (--period P --says PHRASE [--threat OIC]"
      + " [--agency ALL] [--region ALL] [--compare-with P2] | --claims FILE) [--json]";

  private ClaimCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> given = new java.util.HashMap<>();
    boolean json = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--json")) {
        json = true;
        continue;
      }
      if (!OPTIONS.contains(a)) {
        return usage(err, "unknown argument '" + a + "'");
      }
      if (i + 1 >= args.length) {
        return usage(err, a + " needs a value");
      }
      if (given.put(a, args[++i]) != null) {
        return usage(err, a + " is given twice");
      }
    }
    if (!given.containsKey("--warehouse")) {
      return usage(err, "--warehouse is required");
    }
    boolean single = given.containsKey("--period") || given.containsKey("--says");
    if (given.containsKey("--claims") == single) {
      return usage(err, "give either --claims FILE or --period and --says");
    }
    List<Claim> claims;
    if (single) {
      if (!given.containsKey("--period") || !given.containsKey("--says")) {
        return usage(err, "--period and --says go together");
      }
      claims = List.of(new Claim(given.get("--period"), given.get("--says"), given.get("--threat"),
          given.get("--agency"), given.get("--region"), given.get("--compare-with")));
    } else {
      for (String o : List.of("--threat", "--agency", "--region", "--compare-with")) {
        if (given.containsKey(o)) {
          return usage(err, o + " goes with --period; in a claims file it is a field of each claim");
        }
      }
      Path file = Path.of(given.get("--claims"));
      try {
        claims = Claim.parseFile(Files.readAllBytes(file), file.toString());
      } catch (IOException e) {
        err.println("check-claim: cannot read " + file + ": " + e.getMessage());
        return 2;
      } catch (UnreadableClaim e) {
        err.println("check-claim: " + e.getMessage());
        return 2;
      }
    }
    Path warehouse = Path.of(given.get("--warehouse"));
    ClaimCheck check;
    try {
      if (!Files.isDirectory(warehouse)) {
        err.println("check-claim: no warehouse folder " + warehouse);
        return 3;
      }
      check = ClaimSource.read(WarehouseFiles.local(warehouse.toRealPath()));
    } catch (WarehouseException | IOException e) {
      err.println("check-claim: " + e.getMessage());
      return 3;
    }
    List<ClaimResult> results = new ArrayList<>();
    int unreadable = 0;
    for (Claim claim : claims) {
      try {
        ClaimResult r = check.check(claim);
        results.add(r);
        out.print(json ? ClaimOutput.json(r) + "\n" : (results.size() + unreadable > 1 ? "\n" : "") + ClaimOutput.text(r));
      } catch (UnreadableClaim e) {
        unreadable++;
        err.println("check-claim: " + e.getMessage());
        if (json) {
          out.println(ClaimOutput.unreadableJson(claim, e.getMessage()));
        }
      }
    }
    if (!json && claims.size() > 1) {
      out.println();
      out.println(ClaimOutput.tally(results, unreadable));
    }
    if (unreadable > 0) {
      return 2;
    }
    return results.stream().allMatch(ClaimResult::supported) ? 0 : 1;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("check-claim: " + problem + "; " + USAGE);
    return 2;
  }
}
