package org.disruptionanalytics.run;

import static org.disruptionanalytics.SharedSpark.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disruptionanalytics.InputFolder;
import org.disruptionanalytics.PipelineRun;
import org.disruptionanalytics.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking and coverage through the whole job, as of 31 March 2026. PND:1 and SOC:OC-2 are one
 * group through PND:77, a ref no register knows (linked to PND:1 by a same-list link); the one
 * disruption of that group names PND:77. PND:4's newest register row archives it, so its open
 * investigation makes no coverage row; PND:3 is archived and only self-linked.
 */
class OcgLinkingRunTest {

  @TempDir static Path tmp;
  static PipelineRun run;

  @BeforeAll
  static void runPipeline() {
    InputFolder in = new InputFolder(tmp.resolve("in"));
    in.file("ocg_register", "register.csv", InputFolder.REGISTER_HEADER,
        "PND:1,PND,NW,OIC,2,2024-01-01,2025-02-01,ACTIVE,2025-02-01T10:00:00Z",
        "SOC:OC-2,SOC_MASTER,LDN,MSHT|OIC,1,2024-03-01,2025-09-01,ACTIVE,2025-09-01T10:00:00Z",
        "PND:3,PND,NE,DRUGS,,2020-01-01,2026-01-01,ARCHIVED,2026-01-01T10:00:00Z",
        "PND:4,PND,SE,OIC,3,2021-01-01,2025-01-01,ACTIVE,2025-01-01T10:00:00Z",
        "PND:4,PND,SE,OIC,3,2021-01-01,2025-06-01,ARCHIVED,2025-06-01T10:00:00Z");
    in.file("ocg_links", "links.csv", InputFolder.LINKS_HEADER,
        "PND:1,PND:77,PND",
        "PND:77,SOC:OC-2,NCA",
        "SOC:OC-2,PND:1,NCA",
        "PND:77,PND:1,NCA",
        "PND:3,PND:3,PND",
        "PND:9,,NCA");
    in.file("disruptions", "d.csv", InputFolder.DISRUPTIONS_HEADER,
        "NCA,D1,NCA,,NW,OIC,PND:77,,,2025-12-01,2025-12-02,MAJOR,ARREST,VALIDATED,2025-12-02T09:00:00Z",
        "NCA,D2,NCA,,NE,DRUGS,PND:3,,,2025-12-01,2025-12-02,MINOR,ARREST,VALIDATED,2025-12-02T09:00:00Z");
    in.file("investigations", "i.csv", InputFolder.INVESTIGATIONS_HEADER,
        "NCA,I1,NCA,,SE,OIC,PND:4,2025-03-01,,OPEN,2025-03-01T09:00:00Z");
    run = PipelineRun.of(in.root(), tmp.resolve("out"), "2026-03-31");
  }

  @Test
  void linkOutcomesAreCountedInDataQuality() {
    StructType schema = new StructType().add("source_system", DataTypes.StringType)
        .add("outcome", DataTypes.StringType).add("rows", DataTypes.LongType);
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create("PND", "LINKED_SAME_LIST", 1L),
            RowFactory.create("NCA", "VALID", 2L),
            RowFactory.create("NCA", "DUPLICATE_DROPPED", 1L),
            RowFactory.create("PND", "VALID", 1L),
            RowFactory.create("NCA", "QUARANTINED:MISSING_FIELD", 1L)), schema),
        run.table("marts/data_quality").filter("dataset = 'ocg_links'").select("source_system", "outcome", "rows"));
  }

  @Test
  void everyRefHasItsGroup() {
    StructType schema = new StructType().add("ocg_ref", DataTypes.StringType)
        .add("ocg_id", DataTypes.StringType).add("in_register", DataTypes.BooleanType);
    assertSameRows(SharedSpark.spark().createDataFrame(List.of(
            RowFactory.create("PND:1", "PND:1", true),
            RowFactory.create("PND:77", "PND:1", false),
            RowFactory.create("SOC:OC-2", "PND:1", true),
            RowFactory.create("PND:3", "PND:3", true),
            RowFactory.create("PND:4", "PND:4", true)), schema),
        run.table("clean/ocg_groups"));
  }

  @Test
  void coverageHasOneRowPerKnownActiveGroup() {
    assertEquals(List.of(RowFactory.create("PND:1", "PND:1|PND:77|SOC:OC-2", true, true, "LDN", 1,
            "MSHT|OIC", Date.valueOf("2025-12-01"), 1L, 0L, null, Date.valueOf("2025-09-01"), 211,
            "DISRUPTED_12M", Date.valueOf("2026-03-31"), run.manifest().runId())),
        run.table("marts/ocg_coverage").collectAsList());
    assertEquals("Known active crime groups: 1; disrupted in the last 12 months 1, under investigation 0,"
        + " assessed only 0, no activity 0", run.headline().get(run.headline().size() - 1));
  }
}
