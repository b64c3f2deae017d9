package org.disruptionanalytics.run;

/**
 * How many partitions the run's shuffles use when nobody said: one per 32 MiB of input, at least
 * 8 (two cores' worth of tasks four times over, what local runs were tuned with) and at most
 * 2,000. A fixed 8 left each task of a 100-million-row run with gigabytes to sort; adaptive query
 * execution still merges partitions that turn out small.
 */
final class ShufflePartitions {

  static final String KEY = "spark.sql.shuffle.partitions";
  private static final long BYTES_PER_PARTITION = 32L << 20;
  private static final int MIN = 8;
  private static final int MAX = 2_000;

  private ShufflePartitions() {}

  static int forInput(long bytes) {
    long wanted = (bytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    return (int) Math.max(MIN, Math.min(MAX, wanted));
  }
}
