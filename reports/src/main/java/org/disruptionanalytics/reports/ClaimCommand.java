package org.disruptionanalytics.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disruptionanalytics.contract.cli.CommandLine;
import org.disruptionanalytics.contract.cli.ExitStatus;
import org.disruptionanalytics.contract.cli.Option;
import org.disruptionanalytics.contract.cli.ParsedArguments;
import org.disruptionanalytics.contract.cli.UsageError;
import org.disruptionanalytics.reports.claims.Claim;
import org.disruptionanalytics.reports.claims.ClaimCheck;
import org.disruptionanalytics.reports.claims.ClaimOutput;
import org.disruptionanalytics.reports.claims.ClaimResult;
import org.disruptionanalytics.reports.claims.ClaimSource;
import org.disruptionanalytics.reports.claims.UnreadableClaim;
import org.disruptionanalytics.reports.warehouse.WarehouseException;
import org.disruptionanalytics.reports.warehouse.WarehouseFiles;

/**
 * {@code check-claim} (options and exit statuses: COMMAND_LINE): tests each sentence about the
 * figures against a published warehouse, without Spark: one claim from {@code --period} and
 * {@code --says}, or a JSON array of them from {@code --claims FILE}.
 */
public final class ClaimCommand {

  static final ExitStatus SUPPORTED = new ExitStatus(ToolStart.ANSWERED,
      "every claim is SUPPORTED (caveats do not change it)");
  static final ExitStatus NOT_SUPPORTED = new ExitStatus(1, "a claim has another verdict");
  static final ExitStatus UNREADABLE_CLAIM = new ExitStatus(ToolStart.USAGE,
      "a claim cannot be read (one line says what is understood), or bad arguments");
  static final ExitStatus UNREADABLE_WAREHOUSE = new ExitStatus(3, "the warehouse cannot be read");

  /** The options of {@code check-claim}: the parser and the help are both made from them. */
  static final CommandLine COMMAND_LINE = new CommandLine("check-claim",
      "Tests a sentence about the figures against a published warehouse before anyone says it, exactly and"
      + " without Spark: give either --period and --says (with --threat, --agency, --region, --compare-with as"
      + " needed), or --claims FILE. scripts/check-claim.sh starts it.",
      List.of(
          Option.required("--warehouse", "DIR", "the published warehouse (a run's --output)"),
          Option.optional("--period", "P", "a period of the counts (FY 2025-26, CY 2024, R12 2025-09, 2026Q1,"
              + " 2026-10) or a span of whole months (2024-10..2025-09)", "none (--claims instead)"),
          Option.optional("--says", "PHRASE", "the claim about the period's change, in words (\"rose by more than"
              + " a third\")", "none (--claims instead)"),
          Option.optional("--threat", "T", "the threat area", Claim.DEFAULT_THREAT),
          Option.optional("--agency", "A", "an agency code", Claim.ALL),
          Option.optional("--region", "R", "a region code", Claim.ALL),
          Option.optional("--compare-with", "P2", "another period or span of as many months, compared with",
              "the same span a year earlier"),
          Option.optional("--claims", "FILE", "a JSON array of claims, objects with the fields period, says,"
              + " threat, agency, region, compare_with", "none (--period and --says instead)"),
          Option.flag("--json", "one JSON object per line per claim instead of the text")),
      List.of(SUPPORTED, NOT_SUPPORTED, UNREADABLE_CLAIM, UNREADABLE_WAREHOUSE));

  private ClaimCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    return ToolStart.run("check-claim", COMMAND_LINE, args, out, err, line -> check(line, out, err));
  }

  private static int check(ParsedArguments line, PrintStream out, PrintStream err) {
    Map<String, String> given = line.values();
    boolean json = line.has("--json");
    boolean single = given.containsKey("--period") || given.containsKey("--says");
    if (given.containsKey("--claims") == single) {
      throw new UsageError("give either --claims FILE or --period and --says");
    }
    List<Claim> claims;
    if (single) {
      if (!given.containsKey("--period") || !given.containsKey("--says")) {
        throw new UsageError("--period and --says go together");
      }
      claims = List.of(new Claim(given.get("--period"), given.get("--says"), given.get("--threat"),
          given.get("--agency"), given.get("--region"), given.get("--compare-with")));
    } else {
      for (String o : List.of("--threat", "--agency", "--region", "--compare-with")) {
        if (given.containsKey(o)) {
          throw new UsageError(o + " goes with --period; in a claims file it is a field of each claim");
        }
      }
      Path file = Path.of(given.get("--claims"));
      try {
        claims = Claim.parseFile(Files.readAllBytes(file), file.toString());
      } catch (IOException e) {
        err.println("check-claim: cannot read " + file + ": " + e.getMessage());
        return UNREADABLE_CLAIM.code();
      } catch (UnreadableClaim e) {
        err.println("check-claim: " + e.getMessage());
        return UNREADABLE_CLAIM.code();
      }
    }
    Path warehouse = Path.of(given.get("--warehouse"));
    ClaimCheck check;
    try {
      if (!Files.isDirectory(warehouse)) {
        err.println("check-claim: no warehouse folder " + warehouse);
        return UNREADABLE_WAREHOUSE.code();
      }
      check = ClaimSource.read(WarehouseFiles.local(warehouse.toRealPath()));
    } catch (WarehouseException | IOException e) {
      err.println("check-claim: " + e.getMessage());
      return UNREADABLE_WAREHOUSE.code();
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
      return UNREADABLE_CLAIM.code();
    }
    return (results.stream().allMatch(ClaimResult::supported) ? SUPPORTED : NOT_SUPPORTED).code();
  }
}
