package org.disruptionanalytics.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Large, valid-mostly inputs for benchmarks, streamed to CSV parts (nothing is held in memory but the
 * current row). Refs are computed from indexes, so disruptions can point at register groups and
 * investigations without remembering them. A small share of rows is spoiled or dated after the as-of on
 * purpose, and versions and link repeats are made by construction, so EXPECTED_OUTCOMES.csv is exact.
 */
final class BulkSample {
  static final int MAX_ROWS_PER_FILE = 500_000;
  private static final LocalDate AS_OF = CuratedSample.AS_OF;
  private static final LocalDate DISRUPTIONS_FROM = LocalDate.of(2023, 1, 1);
  private static final LocalDate INVESTIGATIONS_FROM = LocalDate.of(2021, 1, 1);
  private static final LocalDate REGISTER_FROM = LocalDate.of(2014, 1, 1);
  /** About 10% of claims are joint: 4.3% of events with 2.3 partners on average. */
  private static final double JOINT_SHARE = 0.043;
  private static final double VERSION_SHARE = 0.02;
  private static final double BAD_SHARE = 0.002;
  private static final double AFTER_AS_OF_SHARE = 0.003;
  private static final double REVERSED_LINK_SHARE = 0.005;
  private static final double SAME_LIST_LINK_SHARE = 0.01;
  private static final double SELF_LINK_SHARE = 0.002;
  private static final Weighted<String> LINK_SOURCE = new Weighted<String>()
      .add("NCA_INTEL", 50).add("ROCU_ANALYST", 30).add("PND_MATCH", 20);
  private static final Weighted<String> AGENCY = new Weighted<String>()
      .add("NCA", 30).add("POLICE", 40).add("BF", 12).add("IE", 10).add("HMRC", 8);

  private final long seed;
  private final long maxRowsPerFile;

  BulkSample(long seed, long maxRowsPerFile) {
    this.seed = seed;
    this.maxRowsPerFile = maxRowsPerFile;
  }

  void write(Path out, long disruptions, long links) throws IOException {
    Reference reference = Reference.load();
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom registerRandom = root.split();
    SplittableRandom investigationRandom = root.split();
    SplittableRandom disruptionRandom = root.split();
    SplittableRandom linkRandom = root.split();

    long groups = Math.max(2, disruptions / 50);
    long pndGroups = (groups + 1) / 2;
    long socGroups = groups / 2;
    long investigations = Math.max(2, disruptions / 20);
    RefPicker ocgRefs = r -> {
      long k = r.nextLong(pndGroups + socGroups);
      return k < pndGroups ? pndRef(k) : socRef(k - pndGroups);
    };

    OutputFolder.prepare(out);
    OutcomeTally tally = new OutcomeTally();
    writeRegister(out, registerRandom, pndGroups, socGroups, tally);
    writeInvestigations(out, reference, investigationRandom, investigations, ocgRefs, tally);
    writeDisruptions(out, reference, disruptionRandom, disruptions, investigations, ocgRefs, tally);
    writeLinks(out, linkRandom, links, tally);
    OutputFolder.writeAsOf(out, AS_OF.toString());
    tally.write(out.resolve("EXPECTED_OUTCOMES.csv"));
  }

  static String pndRef(long k) {
    return "PND:" + (100000 + k);
  }

  static String socRef(long k) {
    return "SOC:OC-" + Codes.padded(k, 6);
  }

  /** Investigation j: even ones are NCA's, odd ones the police's. */
  static String investigationRef(long j) {
    return j % 2 == 0 ? "NCA:INV-" + (100000 + j) : "PND:CR-" + (100000 + j);
  }

  private void writeRegister(Path out, SplittableRandom r, long pndGroups, long socGroups, OutcomeTally tally)
      throws IOException {
    RegisterFactory factory = new RegisterFactory(new Timeline(REGISTER_FROM, AS_OF), VERSION_SHARE);
    try (PartedCsvOut csv = new PartedCsvOut(out.resolve(Dataset.OCG_REGISTER.folder),
        Dataset.OCG_REGISTER.columns, maxRowsPerFile)) {
      for (long k = 0; k < pndGroups + socGroups; k++) {
        boolean pnd = k < pndGroups;
        List<GeneratedRow> rows = factory.next(r, pnd ? pndRef(k) : socRef(k - pndGroups), pnd ? "PND" : "SOC_MASTER");
        if (rows.size() == 1 && r.nextDouble() < AFTER_AS_OF_SHARE) {
          LocalDate first = AS_OF.plusDays(1 + r.nextInt(7));
          Row late = rows.get(0).row().set("first_recorded_date", first.toString()).set("last_assessed_date", null)
              .set("last_updated", Timeline.officeTime(r, first));
          rows = List.of(new GeneratedRow(late, Outcome.AFTER_AS_OF));
        }
        write(csv, Dataset.OCG_REGISTER, rows, tally);
      }
    }
  }

  private void writeInvestigations(Path out, Reference reference, SplittableRandom r, long count,
      RefPicker ocgRefs, OutcomeTally tally) throws IOException {
    InvestigationFactory factory = new InvestigationFactory(reference, new Timeline(INVESTIGATIONS_FROM, AS_OF),
        ocgRefs, VERSION_SHARE);
    try (PartedCsvOut csv = new PartedCsvOut(out.resolve(Dataset.INVESTIGATIONS.folder),
        Dataset.INVESTIGATIONS.columns, maxRowsPerFile)) {
      for (long j = 0; j < count; j++) {
        String ref = investigationRef(j);
        int colon = ref.indexOf(':');
        List<GeneratedRow> rows = factory.next(r, ref.substring(0, colon), ref.substring(colon + 1));
        if (rows.size() == 1 && r.nextDouble() < AFTER_AS_OF_SHARE) {
          LocalDate opened = AS_OF.plusDays(1 + r.nextInt(7));
          Row late = rows.get(0).row().set("opened_date", opened.toString()).set("closed_date", null)
              .set("status", "OPEN").set("last_updated", Timeline.officeTime(r, opened));
          rows = List.of(new GeneratedRow(late, Outcome.AFTER_AS_OF));
        }
        write(csv, Dataset.INVESTIGATIONS, rows, tally);
      }
    }
  }

  private void writeDisruptions(Path out, Reference reference, SplittableRandom r, long count,
      long investigations, RefPicker ocgRefs, OutcomeTally tally) throws IOException {
    RefPicker ncaInvestigations = x -> investigationRef(2 * x.nextLong((investigations + 1) / 2));
    RefPicker pndInvestigations = x -> investigationRef(2 * x.nextLong(investigations / 2) + 1);
    Timeline time = new Timeline(DISRUPTIONS_FROM, AS_OF);
    DisruptionFactory factory = new DisruptionFactory(reference, time, ocgRefs, ncaInvestigations,
        pndInvestigations, JOINT_SHARE, VERSION_SHARE);
    long written = 0;
    int spoiled = 0;
    try (PartedCsvOut csv = new PartedCsvOut(out.resolve(Dataset.DISRUPTIONS.folder), Dataset.DISRUPTIONS.columns,
        maxRowsPerFile)) {
      while (written < count) {
        double u = r.nextDouble();
        List<GeneratedRow> rows;
        if (u < BAD_SHARE) {
          rows = List.of(spoiled(factory, r, time, spoiled++));
        } else if (u < BAD_SHARE + AFTER_AS_OF_SHARE) {
          rows = List.of(afterAsOf(factory, r));
        } else {
          rows = factory.nextEvent(r);
          if (rows.size() > count - written) {
            // Cutting a version pair would leave its older row alone and VALID: finish with single claims.
            rows = List.of(factory.nextSingle(r));
          }
        }
        write(csv, Dataset.DISRUPTIONS, rows, tally);
        written += rows.size();
      }
    }
  }

  /** A claim spoiled in one way, in turn: each kind gives exactly one reason. */
  private static GeneratedRow spoiled(DisruptionFactory factory, SplittableRandom r, Timeline time, int n) {
    LocalDate day = time.trendDay(r);
    Reason reason;
    Row row;
    switch (n % 7) {
      case 0 -> {
        row = factory.singleClaim(r, AGENCY.pick(r), day).set("disruption_date", day.getYear() + "-02-30");
        reason = Reason.BAD_DATE;
      }
      case 1 -> {
        row = factory.singleClaim(r, AGENCY.pick(r), day).set("severity", "HUGE");
        reason = Reason.BAD_ENUM;
      }
      case 2 -> {
        row = factory.singleClaim(r, "POLICE", day);
        // Keep a region so that the missing force is the only fault.
        if (row.text("region_code") == null) {
          row.set("region_code", "LDN");
        }
        row.set("force_code", null);
        reason = Reason.FORCE_REQUIRED;
      }
      case 3 -> {
        row = factory.singleClaim(r, "POLICE", day).set("force_code", "ZZZ").set("region_code", null);
        reason = Reason.UNKNOWN_FORCE;
      }
      case 4 -> {
        row = factory.singleClaim(r, AGENCY.pick(r), day).set("recorded_date", day.minusDays(3).toString());
        reason = Reason.DATE_ORDER;
      }
      case 5 -> {
        row = factory.singleClaim(r, AGENCY.pick(r), day);
        row.set("last_updated", row.text("recorded_date") + "T12:00:00");
        reason = Reason.BAD_TIMESTAMP;
      }
      default -> {
        row = factory.singleClaim(r, AGENCY.pick(r), day).set("threat_area", "");
        reason = Reason.MISSING_FIELD;
      }
    }
    return new GeneratedRow(row, Outcome.quarantined(reason));
  }

  /** A claim of the last days before the as-of that was recorded after it. */
  private static GeneratedRow afterAsOf(DisruptionFactory factory, SplittableRandom r) {
    LocalDate day = AS_OF.minusDays(r.nextInt(5));
    LocalDate recorded = AS_OF.plusDays(1 + r.nextInt(5));
    Row row = factory.singleClaim(r, AGENCY.pick(r), day)
        .set("recorded_date", recorded.toString())
        .set("last_updated", Timeline.officeTime(r, recorded));
    return new GeneratedRow(row, Outcome.AFTER_AS_OF);
  }

  /**
   * Links: link i joins PND group i with SOC group i/2, so groups come in chains of three; now and then
   * a link repeats the previous one reversed, joins two PND refs, or joins a ref to itself. Every pair
   * is new unless it is such a repeat.
   */
  private void writeLinks(Path out, SplittableRandom r, long count, OutcomeTally tally) throws IOException {
    try (PartedCsvOut csv = new PartedCsvOut(out.resolve(Dataset.OCG_LINKS.folder), Dataset.OCG_LINKS.columns,
        maxRowsPerFile)) {
      Row previous = null;
      for (long i = 0; i < count; i++) {
        double u = r.nextDouble();
        String source = LINK_SOURCE.pick(r);
        GeneratedRow link;
        if (previous != null && u < REVERSED_LINK_SHARE) {
          link = new GeneratedRow(CuratedLinks.link(previous.text("ocg_ref_b"), previous.text("ocg_ref_a"), source),
              Outcome.DUPLICATE_DROPPED);
          previous = null;
        } else if (u < REVERSED_LINK_SHARE + SAME_LIST_LINK_SHARE) {
          link = new GeneratedRow(CuratedLinks.link(pndRef(i), "PND:X" + (100000 + i), source),
              Outcome.LINKED_SAME_LIST);
          previous = null;
        } else if (u < REVERSED_LINK_SHARE + SAME_LIST_LINK_SHARE + SELF_LINK_SHARE) {
          link = new GeneratedRow(CuratedLinks.link(pndRef(i), pndRef(i), source), Outcome.VALID);
          previous = null;
        } else {
          link = new GeneratedRow(CuratedLinks.link(pndRef(i), socRef(i / 2), source), Outcome.VALID);
          previous = link.row();
        }
        write(csv, Dataset.OCG_LINKS, List.of(link), tally);
      }
    }
  }

  private static void write(PartedCsvOut csv, Dataset dataset, List<GeneratedRow> rows, OutcomeTally tally)
      throws IOException {
    for (GeneratedRow g : rows) {
      csv.write(g.row());
      tally.add(dataset, dataset.tallySource(g.row()), g.outcome());
    }
  }
}
