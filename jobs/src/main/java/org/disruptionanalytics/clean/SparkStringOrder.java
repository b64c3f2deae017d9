package org.disruptionanalytics.clean;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Strings in the order Spark sorts them: by their UTF-8 bytes, unsigned, which is code point order
 * (String.compareTo compares UTF-16 units, and differs past U+FFFF). For plain-Java passes that
 * must give what Spark's min, array_sort and least would.
 */
public final class SparkStringOrder {

  public static final Comparator<String> ORDER =
      (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private SparkStringOrder() {}
}
