package org.disruptionanalytics.run;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
import org.disruptionanalytics.dataset.InputDataset;
import org.disruptionanalytics.marts.DataQuality;
import org.disruptionanalytics.raw.InputFile;

/** Rows read = the sum of their outcomes, for every input file and every dataset, or the run stops. */
public final class Reconciliation {
  private Reconciliation() {}

  public static void check(
      InputDataset dataset, List<InputFile> files, Map<String, Long> rowsRead, List<DataQuality.Count> counts) {
    Map<String, Long> outcomes = new TreeMap<>();
    counts.forEach(c -> outcomes.merge(c.sourceFile(), c.rows(), Long::sum));
    long readTotal = 0;
    long outcomeTotal = 0;
    for (InputFile f : files) {
      long read = rowsRead.getOrDefault(f.relativePath(), 0L);
      long decided = outcomes.getOrDefault(f.relativePath(), 0L);
      if (read != decided) {
        throw new PipelineException(Kind.RECONCILIATION, "reconciliation failed for " + f.relativePath()
            + ": " + read + " rows read but " + decided + " rows given an outcome");
      }
      readTotal += read;
      outcomeTotal += decided;
    }
    long allOutcomes = outcomes.values().stream().mapToLong(Long::longValue).sum();
    long allRead = rowsRead.values().stream().mapToLong(Long::longValue).sum();
    if (readTotal != allRead || outcomeTotal != allOutcomes) {
      throw new PipelineException(Kind.RECONCILIATION, "reconciliation failed for " + dataset.folder()
          + ": " + allRead + " rows read but " + allOutcomes + " rows given an outcome");
    }
  }
}
