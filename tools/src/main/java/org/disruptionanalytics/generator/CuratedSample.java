package org.disruptionanalytics.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The small curated sample (data/sample): realistic background rows from the factories, with the cases
 * of {@link CuratedDisruptions}, {@link CuratedInvestigations}, {@link CuratedRegister} and
 * {@link CuratedLinks} planted among them, and {@link HostileFeed}'s partner files after them; plus the
 * generator's own tally and list of what it planted.
 */
final class CuratedSample {
  static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
  private static final LocalDate DISRUPTIONS_FROM = LocalDate.of(2023, 4, 1);
  private static final LocalDate INVESTIGATIONS_FROM = LocalDate.of(2021, 1, 1);
  private static final LocalDate REGISTER_FROM = LocalDate.of(2014, 1, 1);
  private static final int PND_GROUPS = 90;
  private static final int SOC_GROUPS = 70;
  private static final int NCA_INVESTIGATIONS = 100;
  private static final int PND_INVESTIGATIONS = 90;
  private static final int DISRUPTION_ROWS = 1150;
  private static final int LINKS_2025 = 30;
  private static final int LINKS_2026 = 8;
  private static final double JOINT_SHARE = 0.05;
  private static final double VERSION_SHARE = 0.03;
  private static final Weighted<String> LINK_SOURCE = new Weighted<String>()
      .add("NCA_INTEL", 50).add("ROCU_ANALYST", 30).add("PND_MATCH", 20);

  private CuratedSample() {}

  static void write(Path out, long seed) throws IOException {
    Reference reference = Reference.load();
    // One independent stream per dataset, split in a fixed order, so each is reproducible on its own.
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom registerRandom = root.split();
    SplittableRandom investigationRandom = root.split();
    SplittableRandom disruptionRandom = root.split();
    SplittableRandom linkRandom = root.split();

    RegisterFactory registers = new RegisterFactory(new Timeline(REGISTER_FROM, AS_OF), VERSION_SHARE);
    List<String> pndRefs = new ArrayList<>();
    List<GeneratedRow> pndGroups = new ArrayList<>();
    for (int i = 0; i < PND_GROUPS; i++) {
      String ref = "PND:" + (41000 + i * 53 + registerRandom.nextInt(53));
      pndRefs.add(ref);
      pndGroups.addAll(registers.next(registerRandom, ref, "PND"));
    }
    List<String> socRefs = new ArrayList<>();
    List<GeneratedRow> socGroups = new ArrayList<>();
    for (int i = 0; i < SOC_GROUPS; i++) {
      String ref = "SOC:OC-" + Codes.padded(100 + i * 7 + registerRandom.nextInt(7), 4);
      socRefs.add(ref);
      socGroups.addAll(registers.next(registerRandom, ref, "SOC_MASTER"));
    }
    List<String> allRefs = new ArrayList<>(pndRefs);
    allRefs.addAll(socRefs);
    RefPicker ocgRefs = RefPicker.of(allRefs);

    InvestigationFactory investigations = new InvestigationFactory(reference,
        new Timeline(INVESTIGATIONS_FROM, AS_OF), ocgRefs, VERSION_SHARE);
    List<String> ncaInvestigationRefs = new ArrayList<>();
    List<GeneratedRow> ncaInvestigations = new ArrayList<>();
    for (int i = 0; i < NCA_INVESTIGATIONS; i++) {
      String id = "INV-" + (1001 + i);
      ncaInvestigationRefs.add("NCA:" + id);
      ncaInvestigations.addAll(investigations.next(investigationRandom, "NCA", id));
    }
    List<String> pndInvestigationRefs = new ArrayList<>();
    List<GeneratedRow> pndInvestigations = new ArrayList<>();
    for (int i = 0; i < PND_INVESTIGATIONS; i++) {
      String id = "CR-" + (20001 + i * 11 + investigationRandom.nextInt(11));
      pndInvestigationRefs.add("PND:" + id);
      pndInvestigations.addAll(investigations.next(investigationRandom, "PND", id));
    }

    DisruptionFactory disruptions = new DisruptionFactory(reference, new Timeline(DISRUPTIONS_FROM, AS_OF),
        ocgRefs, RefPicker.of(ncaInvestigationRefs), RefPicker.of(pndInvestigationRefs), JOINT_SHARE,
        VERSION_SHARE);
    Map<String, List<GeneratedRow>> bySource = new LinkedHashMap<>();
    for (String s : List.of("NCA", "PND", "BF", "IE", "HMRC")) {
      bySource.put(s, new ArrayList<>());
    }
    int rows = 0;
    while (rows < DISRUPTION_ROWS) {
      for (GeneratedRow g : disruptions.nextEvent(disruptionRandom)) {
        bySource.get(g.row().text("source_system")).add(g);
        rows++;
      }
    }

    Set<String> linked = new HashSet<>();
    List<Row> links2025 = crossLinks(linkRandom, pndRefs, socRefs, LINKS_2025, linked);
    List<Row> links2026 = crossLinks(linkRandom, pndRefs, socRefs, LINKS_2026, linked);
    // A few links name groups known only to the linking analysts, on neither register.
    for (int i = 0; i < 3; i++) {
      links2026.add(CuratedLinks.link("PND:" + (70000 + linkRandom.nextInt(10000)),
          socRefs.get(linkRandom.nextInt(socRefs.size())), LINK_SOURCE.pick(linkRandom)));
    }

    List<SampleFile> files = new ArrayList<>();
    files.addAll(CuratedDisruptions.files(bySource));
    files.addAll(MappedExports.files());
    files.add(HostileFeed.disruptions());
    files.addAll(CuratedInvestigations.files(ncaInvestigations, pndInvestigations));
    files.addAll(CuratedRegister.files(pndGroups, socGroups));
    files.add(HostileFeed.register());
    files.addAll(CuratedLinks.files(links2025, links2026));
    files.add(HostileFeed.links());

    OutputFolder.prepare(out);
    OutcomeTally tally = new OutcomeTally();
    PlantedLog log = new PlantedLog();
    SampleWriter writer = new SampleWriter(out, tally, log);
    for (SampleFile f : files) {
      writer.write(f);
    }
    OutputFolder.writeAsOf(out, AS_OF.toString());
    OutputFolder.writeGitAttributes(out);
    tally.write(out.resolve("EXPECTED_OUTCOMES.csv"));
    log.write(out.resolve("PLANTED.md"), AS_OF.toString());
  }

  /** Distinct PND-to-SOC links between registered groups, none repeating an earlier pair in either order. */
  private static List<Row> crossLinks(SplittableRandom r, List<String> pndRefs, List<String> socRefs, int count,
      Set<String> linked) {
    List<Row> out = new ArrayList<>();
    while (out.size() < count) {
      String a = pndRefs.get(r.nextInt(pndRefs.size()));
      String b = socRefs.get(r.nextInt(socRefs.size()));
      if (linked.add(a + "|" + b)) {
        boolean socFirst = r.nextDouble() < 0.3;
        out.add(CuratedLinks.link(socFirst ? b : a, socFirst ? a : b, LINK_SOURCE.pick(r)));
      }
    }
    return out;
  }
}
