package org.disruptionanalytics.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disruptionanalytics.clean.Outcome;

/** The short reconciliation a run prints: per dataset, rows read and where they went. */
public final class RunSummary {
  private RunSummary() {}

  public static String render(RunResult result, String output) {
    RunManifest m = result.manifest();
    Map<String, long[]> byDataset = new LinkedHashMap<>();
    for (RunManifest.Input in : m.inputs()) {
      long[] t = byDataset.computeIfAbsent(in.dataset(), k -> new long[5]);
      t[0] += in.rowsRead();
      in.outcomes().forEach((outcome, rows) -> {
        if (outcome.equals(Outcome.VALID) || outcome.equals(Outcome.LINKED_SAME_LIST)) {
          t[1] += rows;
        } else if (outcome.startsWith(Outcome.QUARANTINED_PREFIX)) {
          t[2] += rows;
        } else if (outcome.equals(Outcome.AFTER_AS_OF)) {
          t[3] += rows;
        } else {
          t[4] += rows;
        }
      });
    }
    StringBuilder s = new StringBuilder();
    s.append(String.format("disruption-analytics run %s, as of %s%n", m.runId(), m.asOf()));
    s.append(String.format("%-16s %10s %10s %12s %12s %14s%n",
        "dataset", "read", "valid", "quarantined", "after as-of", "dup/superseded"));
    byDataset.forEach((d, t) -> s.append(String.format("%-16s %10d %10d %12d %12d %14d%n",
        d, t[0], t[1], t[2], t[3], t[4])));
    s.append("every row read has one outcome (reconciled per file and per dataset)\n");
    for (String w : m.warnings()) {
      s.append("warning: ").append(w).append('\n');
    }
    result.headline().forEach(h -> s.append(h).append('\n'));
    s.append("tables:    ").append(output).append("/{clean,quarantine,marts}/\n");
    s.append("report:    ").append(output).append("/reports/internal/summary.html (and summary.md, summary.json,"
        + " tables/*.csv)\n");
    s.append("published: ").append(output).append("/reports/published/summary.html (after disclosure control)\n");
    s.append("manifest:  ").append(output).append("/_manifest.json\n");
    return s.toString();
  }
}
