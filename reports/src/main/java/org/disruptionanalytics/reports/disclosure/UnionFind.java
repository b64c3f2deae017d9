package org.disruptionanalytics.reports.disclosure;

import java.util.Collection;

/** Disjoint sets of variable indices, to split the intruder's programme into components. */
final class UnionFind {

  private final int[] parent;

  UnionFind(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  int find(int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[i] != root) {
      int next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Joins the sets of all of {@code members}; the smallest root stays, so results are stable. */
  void unite(Collection<Integer> members) {
    Integer first = null;
    for (int member : members) {
      if (first == null) {
        first = find(member);
        continue;
      }
      int a = find(first);
      int b = find(member);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
        first = Math.min(a, b);
      }
    }
  }
}
