package org.disruptionanalytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShufflePartitionsTest {

  private static final long MIB = 1L << 20;

  @Test
  void onePartitionPer32MiBBetween8And2000() {
    assertEquals(8, ShufflePartitions.forInput(0));
    // The bundled sample (277 kB) and a million rows (127 MB) stay at 8.
    assertEquals(8, ShufflePartitions.forInput(277_317));
    assertEquals(8, ShufflePartitions.forInput(126_703_870));
    assertEquals(8, ShufflePartitions.forInput(8 * 32 * MIB));
    assertEquals(9, ShufflePartitions.forInput(8 * 32 * MIB + 1));
    assertEquals(20, ShufflePartitions.forInput(20 * 32 * MIB));
    // 100 million rows, about 12.7 GB: 12.7e9 / 33,554,432 = 378.5, so 379.
    assertEquals(379, ShufflePartitions.forInput(12_700_000_000L));
    assertEquals(2_000, ShufflePartitions.forInput(1L << 50));
  }
}
