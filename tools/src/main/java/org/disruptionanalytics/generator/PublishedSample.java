package org.disruptionanalytics.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The published OIC table expanded into record-level input (data/published): for every quarter and
 * severity of data/reference/published_oic_disruptions.csv exactly that many OIC events
 * ({@link CountedEvents}), among the rows that must not count ({@link UncountedRows}), in the files and
 * formats the agencies' systems export, with a handful of investigations, register groups and links
 * beside them. Everything is recorded and last updated on or before the as-of, 31 March 2026. The
 * generator counts the events it wrote ({@link EventTally}) and fails unless they are the table's.
 */
final class PublishedSample {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  static final long DEFAULT_SEED = 20260331L;
  /** The first day of the table's first quarter, and of the series: no kept row is dated before it. */
  private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  private static final LocalDate INVESTIGATIONS_FROM = LocalDate.of(2022, 1, 1);
  private static final LocalDate REGISTER_FROM = LocalDate.of(2016, 1, 1);
  private static final int PND_GROUPS = 6;
  private static final int SOC_GROUPS = 6;
  private static final int NCA_INVESTIGATIONS = 6;
  private static final int PND_INVESTIGATIONS = 4;
  private static final int LINKS = 3;

  static final String NCA_FILE = "nca_disruptions.csv";
  static final String PND_FILE = "pnd_police_disruptions.parquet";
  /** Police rows re-sent after the main extract: corrections, copies and rows Parquet could not type. */
  static final String PND_RESENT_FILE = "pnd_police_resubmissions.jsonl";
  static final String BF_FILE = "bf_disruptions.csv";
  static final String IE_FILE = "ie_disruptions.csv";
  static final String HMRC_FILE = "hmrc_disruptions.csv";
  /**
   * Immigration Enforcement's export: its own column order, and no force_code column (its claims never
   * name a force), which the contract allows for a column that is not required.
   */
  private static final List<String> IE_COLUMNS = List.of("disruption_id", "source_system", "agency_code",
      "threat_area", "disruption_date", "recorded_date", "region_code", "severity", "disruption_type", "status",
      "ocg_ref", "investigation_ref", "joint_ref", "last_updated");

  private PublishedSample() {}

  static void write(Path out, long seed) throws IOException {
    Reference reference = Reference.load();
    PublishedTable table = PublishedTable.load();
    // One independent stream per part, split in a fixed order, so each is reproducible on its own.
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom registerRandom = root.split();
    SplittableRandom investigationRandom = root.split();
    SplittableRandom eventRandom = root.split();
    SplittableRandom uncountedRandom = root.split();

    RegisterFactory registers = new RegisterFactory(new Timeline(REGISTER_FROM, AS_OF), 0);
    List<String> pndRefs = new ArrayList<>();
    List<String> socRefs = new ArrayList<>();
    List<GeneratedRow> groups = new ArrayList<>();
    for (int i = 0; i < PND_GROUPS; i++) {
      pndRefs.add("PND:" + (41000 + i * 97 + registerRandom.nextInt(97)));
      groups.addAll(registers.next(registerRandom, pndRefs.get(i), "PND"));
    }
    for (int i = 0; i < SOC_GROUPS; i++) {
      socRefs.add("SOC:OC-" + Codes.padded(100 + i * 13 + registerRandom.nextInt(13), 4));
      groups.addAll(registers.next(registerRandom, socRefs.get(i), "SOC_MASTER"));
    }
    List<String> groupRefs = new ArrayList<>(pndRefs);
    groupRefs.addAll(socRefs);

    InvestigationFactory investigations = new InvestigationFactory(reference,
        new Timeline(INVESTIGATIONS_FROM, AS_OF), RefPicker.of(groupRefs), 0);
    List<GeneratedRow> investigationRows = new ArrayList<>();
    List<String> ncaInvestigations = new ArrayList<>();
    List<String> pndInvestigations = new ArrayList<>();
    for (int i = 0; i < NCA_INVESTIGATIONS; i++) {
      String id = "INV-" + (2001 + i);
      ncaInvestigations.add("NCA:" + id);
      investigationRows.addAll(investigations.next(investigationRandom, "NCA", id));
    }
    for (int i = 0; i < PND_INVESTIGATIONS; i++) {
      String id = "CR-" + (30001 + i * 17 + investigationRandom.nextInt(17));
      pndInvestigations.add("PND:" + id);
      investigationRows.addAll(investigations.next(investigationRandom, "PND", id));
    }

    ClaimFactory claims = new ClaimFactory(reference, AS_OF, RefPicker.of(groupRefs),
        RefPicker.of(ncaInvestigations), RefPicker.of(pndInvestigations));
    CountedEvents counted = CountedEvents.plan(table, claims, eventRandom);
    UncountedRows uncounted = new UncountedRows(claims, counted, FIRST, AS_OF, uncountedRandom);
    List<Row> records = new ArrayList<>(counted.claims());
    records.addAll(uncounted.records());
    number(records);
    List<PublishedRow> rows = new ArrayList<>();
    for (Row claim : counted.claims()) {
      rows.add(new PublishedRow(fileOf(claim.text("source_system"), false), claim, Outcome.VALID));
    }
    rows.addAll(uncounted.finish());

    // Checked before anything is written, so a failed expansion leaves the old output as it was.
    EventTally events = new EventTally();
    rows.forEach(events::add);
    events.check(table);

    List<SampleFile> files = new ArrayList<>(disruptionFiles(rows));
    SampleFile investigationFile = SampleFile.csv(Dataset.INVESTIGATIONS, "investigations.csv",
        Dataset.INVESTIGATIONS.columns, false, false, false);
    investigationFile.records.addAll(PlantingList.background(investigationRows));
    SampleFile registerFile = SampleFile.csv(Dataset.OCG_REGISTER, "ocg_register.csv",
        Dataset.OCG_REGISTER.columns, false, false, false);
    registerFile.records.addAll(PlantingList.background(groups));
    SampleFile linkFile = SampleFile.csv(Dataset.OCG_LINKS, "ocg_links.csv", Dataset.OCG_LINKS.columns, false,
        false, false);
    for (int i = 0; i < LINKS; i++) {
      linkFile.records.add(new PlannedRecord.RowRecord(CuratedLinks.link(pndRefs.get(i), socRefs.get(i),
          "NCA_INTEL"), Expectation.background(Outcome.VALID)));
    }
    files.addAll(List.of(investigationFile, registerFile, linkFile));

    OutputFolder.prepare(out);
    OutcomeTally tally = new OutcomeTally();
    SampleWriter writer = new SampleWriter(out, tally, new PlantedLog());
    for (SampleFile f : files) {
      writer.write(f);
    }
    OutputFolder.writeAsOf(out, AS_OF.toString());
    OutputFolder.writeGitAttributes(out);
    tally.write(out.resolve("EXPECTED_OUTCOMES.csv"));
    events.write(out.resolve("EXPECTED_EVENTS.csv"));
  }

  /** The file a system's rows go to; police rows re-sent after the Parquet extract go to a JSON Lines file. */
  static String fileOf(String sourceSystem, boolean resent) {
    return switch (sourceSystem) {
      case "NCA" -> NCA_FILE;
      case "PND" -> resent ? PND_RESENT_FILE : PND_FILE;
      case "BF" -> BF_FILE;
      case "IE" -> IE_FILE;
      case "HMRC" -> HMRC_FILE;
      default -> throw new IllegalArgumentException("no file for source system " + sourceSystem);
    };
  }

  /**
   * Gives every record its disruption_id: per system and year recorded, numbered in the order recorded
   * (`NCA-24-00417`), as a system of record would, so the ids of counted and uncounted records mix.
   */
  private static void number(List<Row> records) {
    List<Row> inOrder = new ArrayList<>(records);
    inOrder.sort(Comparator.comparing((Row row) -> row.text("recorded_date"))
        .thenComparing(row -> row.text("disruption_date")));
    Map<String, Integer> next = new HashMap<>();
    for (Row row : inOrder) {
      String source = row.text("source_system");
      String year = row.text("recorded_date").substring(2, 4);
      int n = next.merge(source + year, 1, Integer::sum);
      row.set("disruption_id", source + "-" + year + "-" + Codes.padded(n, 5));
    }
  }

  /**
   * The disruption files, each in the order of last_updated (as a system exports its changes), in the
   * systems' own styles: NCA's CSV with a byte-order mark, HMRC's with every field quoted and CRLF line
   * ends, Immigration Enforcement's with its own columns, the police's in (compressed) Parquet, the
   * largest file by far, with its resubmissions beside it in JSON Lines.
   */
  private static List<SampleFile> disruptionFiles(List<PublishedRow> rows) {
    Map<String, List<PublishedRow>> byFile = new TreeMap<>();
    for (PublishedRow p : rows) {
      byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p);
    }
    List<SampleFile> files = new ArrayList<>();
    byFile.forEach((name, fileRows) -> {
      Map<PublishedRow, Instant> updated = new IdentityHashMap<>();
      fileRows.forEach(p -> updated.put(p, OffsetDateTime.parse(p.row().text("last_updated")).toInstant()));
      List<PublishedRow> ordered = new ArrayList<>(fileRows);
      ordered.sort(Comparator.comparing(updated::get));
      SampleFile file = switch (name) {
        case NCA_FILE -> SampleFile.csv(Dataset.DISRUPTIONS, name, Dataset.DISRUPTIONS.columns, true, false, false);
        case HMRC_FILE -> SampleFile.csv(Dataset.DISRUPTIONS, name, Dataset.DISRUPTIONS.columns, false, true, true);
        case BF_FILE -> SampleFile.csv(Dataset.DISRUPTIONS, name, Dataset.DISRUPTIONS.columns, false, false, false);
        case IE_FILE -> SampleFile.csv(Dataset.DISRUPTIONS, name, IE_COLUMNS, false, false, false);
        case PND_FILE -> SampleFile.compressedParquet(Dataset.DISRUPTIONS, name);
        case PND_RESENT_FILE -> SampleFile.jsonLines(Dataset.DISRUPTIONS, name);
        default -> throw new IllegalStateException("no format for " + name);
      };
      for (PublishedRow p : ordered) {
        for (String c : Dataset.DISRUPTIONS.columns) {
          if (!file.columns.contains(c) && p.row().text(c) != null) {
            throw new IllegalStateException(name + " has no column " + c + " for " + p.row().text("disruption_id"));
          }
        }
        file.records.add(new PlannedRecord.RowRecord(p.row(), Expectation.background(p.outcome())));
      }
      files.add(file);
    });
    return files;
  }
}
