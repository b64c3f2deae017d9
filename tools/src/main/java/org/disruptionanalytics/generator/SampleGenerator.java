package org.disruptionanalytics.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes deterministic input data for the pipeline: the small curated sample with planted cases
 * (`sample`), large valid-mostly inputs for benchmarks (`bulk`), or the published OIC table expanded into
 * records (`published`). No Spark needed. The same arguments always give byte-identical files:
 * everything comes from the seed, nothing from the clock.
 */
public final class SampleGenerator {
  static final long DEFAULT_SEED = 20261031L;
  private static final String USAGE = "usage: SampleGenerator sample --output <dir> [--seed S]"
      + " | bulk --output <dir> --disruptions <N> [--links <M>] [--seed S]"
      + " | published --output <dir> [--seed S]";

  private SampleGenerator() {}

  public static void main(String[] args) {
    int status = run(args, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command and returns the exit status: 0 done, 2 bad arguments, 1 failed to write. */
  static int run(String[] args, PrintStream err) {
    if (args.length == 0 || !Set.of("sample", "bulk", "published").contains(args[0])) {
      err.println(USAGE);
      return 2;
    }
    boolean bulk = args[0].equals("bulk");
    Set<String> known = bulk ? Set.of("--output", "--disruptions", "--links", "--seed") : Set.of("--output", "--seed");
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!known.contains(args[i]) || i + 1 >= args.length || options.containsKey(args[i])) {
        err.println(USAGE + " (bad or repeated option: " + args[i] + ")");
        return 2;
      }
      options.put(args[i], args[i + 1]);
    }
    if (!options.containsKey("--output") || (bulk && !options.containsKey("--disruptions"))) {
      err.println(USAGE + " (missing " + (options.containsKey("--output") ? "--disruptions" : "--output") + ")");
      return 2;
    }
    long seed;
    long disruptions = 0;
    long links = 0;
    try {
      long defaultSeed = args[0].equals("published") ? PublishedSample.DEFAULT_SEED : DEFAULT_SEED;
      seed = options.containsKey("--seed") ? Long.parseLong(options.get("--seed")) : defaultSeed;
      if (bulk) {
        disruptions = Long.parseLong(options.get("--disruptions"));
        links = options.containsKey("--links") ? Long.parseLong(options.get("--links")) : disruptions / 10;
      }
    } catch (NumberFormatException e) {
      err.println(USAGE + " (not a whole number: " + e.getMessage() + ")");
      return 2;
    }
    if (bulk && (disruptions <= 0 || links < 0)) {
      err.println(USAGE + " (--disruptions must be positive and --links not negative)");
      return 2;
    }
    Path output = Path.of(options.get("--output"));
    try {
      if (bulk) {
        new BulkSample(seed, BulkSample.MAX_ROWS_PER_FILE).write(output, disruptions, links);
      } else if (args[0].equals("published")) {
        PublishedSample.write(output, seed);
      } else {
        CuratedSample.write(output, seed);
      }
    } catch (IOException | RuntimeException e) {
      err.println("failed to write " + output + ": " + e);
      return 1;
    }
    return 0;
  }
}
