package org.disruptionanalytics.clean;

import static org.apache.spark.sql.functions.*;
import static org.disruptionanalytics.contract.Columns.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links crime groups across systems (CONTRACT.md section 2, ocg_links): the refs joined by any
 * chain of kept links are one group, named by its smallest ref that has a kept register row.
 *
 * <p>Groups are the connected components of the link graph, found in Spark with the alternating
 * large-star / small-star algorithm (Kiveris et al., "Connected Components in MapReduce and
 * Beyond", SoCC 2014). Each round is a few shuffles and the number of rounds grows with the
 * logarithm of the group sizes, so a chain of a million links needs a handful of rounds where
 * plain minimum-label propagation would need a million. Every round is checkpointed so the plan
 * does not grow with the rounds.
 *
 * <p>Up to {@link #DRIVER_LINKS} distinct links (a few hundred megabytes of refs), the components
 * are found on the driver instead, by union-find over the collected links: the same groups without
 * the rounds' dozen Spark jobs, which cost seconds even for a handful of links.
 */
public final class OcgLinker {

  /** An edge's larger ref. Every edge kept between rounds has node > parent (string order). */
  static final String NODE = "_node";
  /** An edge's smaller ref; once the rounds end, the group's smallest ref. */
  static final String PARENT = "_parent";
  private static final String COMPONENT = "_component";
  private static final String SMALLEST = "_smallest";
  /** Far beyond the O(log² n) rounds the algorithm needs for any real link table. */
  private static final int MAX_ROUNDS = 500;
  private static final Logger LOG = LoggerFactory.getLogger(OcgLinker.class);

  /** The most distinct links whose groups are found on the driver. */
  static final int DRIVER_LINKS = 2_000_000;

  private final Dataset<Row> cleanLinks;
  private final int driverLinks;

  /** @param cleanLinks the kept links (clean/ocg_links), same-list links included */
  public OcgLinker(Dataset<Row> cleanLinks) {
    this(cleanLinks, DRIVER_LINKS);
  }

  /** @param driverLinks up to this many distinct links, the groups are found on the driver */
  OcgLinker(Dataset<Row> cleanLinks, int driverLinks) {
    this.cleanLinks = cleanLinks;
    this.driverLinks = driverLinks;
  }

  /**
   * clean/ocg_register in, clean/ocg_groups out: one row per ref known to the register or to a
   * link, with its group's {@code ocg_id} and whether the ref itself has a kept register row. A
   * group none of whose refs is registered is named by its smallest ref.
   */
  public Dataset<Row> apply(Dataset<Row> cleanRegister) {
    Dataset<Row> registered = cleanRegister.select(col(OCG_REF)).distinct().withColumn(IN_REGISTER, lit(true));
    Dataset<Row> refs = registered.select(OCG_REF)
        .union(cleanLinks.select(col(OCG_REF_A).as(OCG_REF)))
        .union(cleanLinks.select(col(OCG_REF_B).as(OCG_REF)))
        .distinct();
    // A self-link joins nothing: it only makes its ref known.
    Dataset<Row> edges = cleanLinks.filter(col(OCG_REF_A).notEqual(col(OCG_REF_B)))
        .select(greatest(col(OCG_REF_A), col(OCG_REF_B)).as(NODE), least(col(OCG_REF_A), col(OCG_REF_B)).as(PARENT))
        .distinct();
    Dataset<Row> roots = null;
    if (driverLinks > 0) {
      List<Row> few = edges.limit(driverLinks + 1).collectAsList();
      if (few.size() <= driverLinks) {
        roots = cleanLinks.sparkSession().createDataFrame(LinkForest.roots(few), edges.schema());
      }
    }
    if (roots == null) {
      roots = components(edges);
    }
    WindowSpec group = Window.partitionBy(COMPONENT);
    return refs
        .join(roots, refs.col(OCG_REF).equalTo(roots.col(NODE)), "left")
        .select(col(OCG_REF), coalesce(col(PARENT), col(OCG_REF)).as(COMPONENT))
        .join(registered, OCG_REF, "left")
        .withColumn(IN_REGISTER, coalesce(col(IN_REGISTER), lit(false)))
        // The component is named by its smallest ref; the group by its smallest registered one.
        .withColumn(SMALLEST, min(when(col(IN_REGISTER), col(OCG_REF))).over(group))
        .select(col(OCG_REF), coalesce(col(SMALLEST), col(COMPONENT)).as(OCG_ID), col(IN_REGISTER));
  }

  /**
   * Edges (node, parent) in; out, one edge per ref of a component other than its smallest, to
   * that smallest ref. The rounds stop when the edges form stars around their smallest refs.
   */
  static Dataset<Row> components(Dataset<Row> edges) {
    Dataset<Row> current = edges.localCheckpoint();
    int rounds = 0;
    while (!isStarForest(current)) {
      if (++rounds > MAX_ROUNDS) {
        throw new IllegalStateException("ocg_links: groups not settled after " + MAX_ROUNDS + " rounds");
      }
      current = current.transform(OcgLinker::largeStar).transform(OcgLinker::smallStar).localCheckpoint();
    }
    LOG.info("ocg linking: groups settled after {} round(s)", rounds);
    return current;
  }

  /**
   * Every ref points at the smallest ref of its neighbourhood (itself included), and each larger
   * neighbour is attached to that ref instead. Components are unchanged.
   */
  static Dataset<Row> largeStar(Dataset<Row> edges) {
    Dataset<Row> both = edges.select(col(NODE).as("_u"), col(PARENT).as("_v"))
        .union(edges.select(col(PARENT).as("_u"), col(NODE).as("_v")));
    Column smallestAround = least(col("_u"), min(col("_v")).over(Window.partitionBy("_u")));
    return both.withColumn("_m", smallestAround)
        .filter(col("_v").gt(col("_u")))
        .select(col("_v").as(NODE), col("_m").as(PARENT))
        .distinct();
  }

  /**
   * Each ref and its smaller neighbours are all attached to the smallest of them. Components are
   * unchanged.
   */
  static Dataset<Row> smallStar(Dataset<Row> edges) {
    Dataset<Row> withSmallest = edges.withColumn("_m", min(col(PARENT)).over(Window.partitionBy(NODE)));
    return withSmallest.select(col(PARENT).as(NODE), col("_m").as(PARENT))
        .filter(col(NODE).notEqual(col(PARENT)))
        .union(withSmallest.select(col(NODE), col("_m").as(PARENT)))
        .distinct();
  }

  /**
   * Whether every edge joins a leaf to its component's root: no ref has two parents and no parent
   * has one. With node > parent on every edge, each root is then its component's smallest ref.
   */
  static boolean isStarForest(Dataset<Row> edges) {
    boolean oneParentEach = edges.groupBy(NODE).count().filter(col("count").gt(1)).isEmpty();
    return oneParentEach && edges.select(col(PARENT).as(NODE)).join(edges.select(NODE), NODE, "left_semi").isEmpty();
  }
}
