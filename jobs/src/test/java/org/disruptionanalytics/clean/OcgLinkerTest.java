package org.disruptionanalytics.clean;

import static org.apache.spark.sql.functions.col;
import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.Test;

/**
 * Groups worked by hand. Register refs: PND:1, PND:2, PND:9, PND:20, SOC:OC-05, SOC:OC-30.
 * <pre>
 *   chain     SOC:OC-05 - PND:7 - PND:2 - PND:3 - PND:0   (PND:0, PND:3, PND:7 on no register)
 *   cycle     PND:20 - SOC:OC-30 - SOC:OC-31 - PND:20
 *   self-link PND:1 - PND:1
 *   unknown   X:1 - X:2                                    (neither registered)
 *   alone     PND:9                                         (no link)
 * </pre>
 */
class OcgLinkerTest {

  static final StructType REGISTER = new StructType().add("ocg_ref", DataTypes.StringType);
  static final StructType LINKS = new StructType()
      .add("ocg_ref_a", DataTypes.StringType).add("ocg_ref_b", DataTypes.StringType);
  static final StructType GROUPS = new StructType()
      .add("ocg_ref", DataTypes.StringType).add("ocg_id", DataTypes.StringType)
      .add("in_register", DataTypes.BooleanType);

  private static Dataset<Row> frame(StructType schema, List<Row> rows) {
    return SharedSpark.spark().createDataFrame(rows, schema);
  }

  /**
   * The groups found on the driver (the linker's way up to OcgLinker.DRIVER_LINKS links), after
   * checking that the distributed rounds give the same rows.
   */
  private static Dataset<Row> grouped(Dataset<Row> register, Dataset<Row> links) {
    Dataset<Row> onDriver = register.transform(new OcgLinker(links)::apply);
    assertSameRows(register.transform(new OcgLinker(links, 0)::apply), onDriver);
    return onDriver;
  }

  private static Dataset<Row> links(String... pairs) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      rows.add(RowFactory.create(pairs[i], pairs[i + 1]));
    }
    return frame(LINKS, rows);
  }

  @Test
  void chainsCyclesSelfLinksAndUnknownRefs() {
    Dataset<Row> register = frame(REGISTER, List.of("PND:1", "PND:2", "PND:9", "PND:20", "SOC:OC-05", "SOC:OC-30")
        .stream().map(r -> RowFactory.create(r)).toList());
    Dataset<Row> links = links(
        "PND:3", "PND:0", "PND:2", "PND:3", "SOC:OC-05", "PND:7", "PND:7", "PND:2",
        "PND:20", "SOC:OC-30", "SOC:OC-30", "SOC:OC-31", "SOC:OC-31", "PND:20",
        "PND:1", "PND:1",
        "X:2", "X:1");
    Dataset<Row> expected = frame(GROUPS, List.of(
        // PND:0 is the chain's smallest ref but on no register: the group is named by PND:2.
        RowFactory.create("PND:0", "PND:2", false),
        RowFactory.create("PND:2", "PND:2", true),
        RowFactory.create("PND:3", "PND:2", false),
        RowFactory.create("PND:7", "PND:2", false),
        RowFactory.create("SOC:OC-05", "PND:2", true),
        RowFactory.create("PND:20", "PND:20", true),
        RowFactory.create("SOC:OC-30", "PND:20", true),
        RowFactory.create("SOC:OC-31", "PND:20", false),
        RowFactory.create("PND:1", "PND:1", true),
        RowFactory.create("PND:9", "PND:9", true),
        // No register row anywhere: named by its smallest ref, flagged by in_register.
        RowFactory.create("X:1", "X:1", false),
        RowFactory.create("X:2", "X:1", false)));
    assertSameRows(expected, grouped(register, links));
  }

  @Test
  void aRegisteredRefOnTwoListsAndRepeatedLinksGiveOneRowPerRef() {
    Dataset<Row> register = frame(REGISTER, List.of(RowFactory.create("PND:5"), RowFactory.create("PND:5")));
    Dataset<Row> links = links("PND:5", "SOC:OC-1", "SOC:OC-1", "PND:5");
    Dataset<Row> expected = frame(GROUPS, List.of(
        RowFactory.create("PND:5", "PND:5", true), RowFactory.create("SOC:OC-1", "PND:5", false)));
    assertSameRows(expected, grouped(register, links));
  }

  @Test
  void aLongChainInAnyOrderIsOneGroup() {
    List<String> pairs = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new Random(7));
    for (int i : order) {
      // Links written either way round, so neither end is always the smaller.
      String a = String.format("C:%03d", i);
      String b = String.format("C:%03d", i + 1);
      pairs.add(i % 2 == 0 ? a : b);
      pairs.add(i % 2 == 0 ? b : a);
    }
    Dataset<Row> register = frame(REGISTER, List.of(RowFactory.create("C:250")));
    Dataset<Row> groups = grouped(register, links(pairs.toArray(String[]::new)));
    assertEquals(401, groups.count());
    assertEquals(List.of(RowFactory.create("C:250")), groups.select("ocg_id").distinct().collectAsList());
  }

  /** A random forest of links against groups found by union-find, an independent method. */
  @Test
  void randomLinksMatchUnionFind() {
    Random random = new Random(20261129);
    int refs = 3000;
    List<String> pairs = new ArrayList<>();
    int[] parent = new int[refs];
    for (int i = 0; i < refs; i++) {
      parent[i] = i;
    }
    for (int k = 0; k < 2200; k++) {
      int a = random.nextInt(refs);
      int b = random.nextInt(refs);
      pairs.add("R:" + a);
      pairs.add("R:" + b);
      parent[find(parent, a)] = find(parent, b);
    }
    Map<Integer, String> smallest = new HashMap<>();
    Map<String, String> expected = new TreeMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      int ref = Integer.parseInt(pairs.get(k).substring(2));
      smallest.merge(find(parent, ref), pairs.get(k), (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    for (String ref : pairs) {
      expected.put(ref, smallest.get(find(parent, Integer.parseInt(ref.substring(2)))));
    }
    Dataset<Row> none = frame(REGISTER, List.of());
    Map<String, String> actual = new TreeMap<>();
    for (Row r : grouped(none, links(pairs.toArray(String[]::new)))
        .select(col("ocg_ref"), col("ocg_id")).collectAsList()) {
      actual.put(r.getString(0), r.getString(1));
    }
    assertEquals(expected, actual);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
