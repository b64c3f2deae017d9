package org.disruptionanalytics.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The connected components of a few links, by union-find on the driver: for every ref of a
 * component but its smallest, an edge (ref, smallest), as {@link OcgLinker#components} gives.
 * "Smallest" is Spark's string order ({@link SparkStringOrder}).
 */
final class LinkForest {

  private LinkForest() {}

  /** @param edges distinct (node, parent) pairs of refs */
  static List<Row> roots(List<Row> edges) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> refs = new ArrayList<>();
    int[] parent = new int[2 * edges.size()];
    for (Row e : edges) {
      int a = id(e.getString(0), ids, refs, parent);
      int b = id(e.getString(1), ids, refs, parent);
      parent[find(parent, a)] = find(parent, b);
    }
    int[] smallest = new int[refs.size()];
    Arrays.fill(smallest, -1);
    for (int i = 0; i < refs.size(); i++) {
      int root = find(parent, i);
      if (smallest[root] < 0 || SparkStringOrder.ORDER.compare(refs.get(i), refs.get(smallest[root])) < 0) {
        smallest[root] = i;
      }
    }
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      int s = smallest[find(parent, i)];
      if (s != i) {
        out.add(RowFactory.create(refs.get(i), refs.get(s)));
      }
    }
    return out;
  }

  private static int id(String ref, Map<String, Integer> ids, List<String> refs, int[] parent) {
    return ids.computeIfAbsent(ref, r -> {
      refs.add(r);
      parent[refs.size() - 1] = refs.size() - 1;
      return refs.size() - 1;
    });
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
