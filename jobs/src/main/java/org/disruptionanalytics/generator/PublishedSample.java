package org.disruptionanalytics.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.io.BufferedReader;

/**
 * Expands the published table of OIC disruptions by quarter and severity
 * (reference/published_oic_disruptions.csv) into record-level pipeline input: for every quarter
 * and severity exactly the published number of OIC events, some claimed jointly by two or three
 * agencies, among rows that must not count (rejected, claimed, other threat areas, superseded
 * versions, identical duplicates, quarantined rows, a record whose newest version is rejected).
 * Everything is recorded and last updated on or before the as-of, 31 March 2026. The generator
 * keeps its own tally of the events it planted and fails if it differs from the table.
 */
final class PublishedSample {

  static final LocalDate AS_OF = LocalDate.parse("2026-03-31");
  static final long DEFAULT_SEED = 20260331L;
  private static final String HEADER = "source_system,disruption_id,agency_code,force_code,region_code,"
      + "threat_area,ocg_ref,investigation_ref,joint_ref,disruption_date,recorded_date,severity,"
      + "disruption_type,status,last_updated";
  private static final String[] SEVERITIES = {"MAJOR", "MODERATE", "MINOR"};
  private static final String[] FORCES = {"KEN", "ESS", "SUS", "MPS", "GMP", "WMP", "HAM", "DEC", "NOR", "SWP"};
  private static final String[] REGIONS = {"EE", "SE", "LDN", "SW", "NW", "INTL"};
  private static final String[] TYPES = {"ARREST", "CHARGE", "EQUIPMENT_SEIZURE", "ONLINE_REMOVAL", "INTERNATIONAL"};

  /** One agency's system: where its rows go and how they name themselves. */
  private record Source(String system, String agency, String file) {}

  private static final Source NCA = new Source("NCA", "NCA", "nca_disruptions.csv");
  private static final Source PND = new Source("PND", "POLICE", "pnd_disruptions.csv");
  private static final Source BF = new Source("BF", "BF", "bf_ie_disruptions.jsonl");
  private static final Source IE = new Source("IE", "IE", "bf_ie_disruptions.jsonl");
  private static final Source HMRC = new Source("HMRC", "HMRC", "hmrc_disruptions.csv");
  private static final Source[] ROTATION = {NCA, PND, BF, IE, PND, NCA, BF, HMRC};

  private final SplittableRandom random;
  private final Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();
  private final Map<String, long[]> planted = new LinkedHashMap<>();
  private int serial;

  private PublishedSample(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static void write(Path output, long seed) throws IOException {
    PublishedSample s = new PublishedSample(seed);
    List<String[]> table = table();
    for (String[] q : table) {
      LocalDate start = LocalDate.parse(q[1]);
      for (int sev = 0; sev < 3; sev++) {
        int n = Integer.parseInt(q[2 + sev]);
        for (int k = 0; k < n; k++) {
          s.event(q[0], start, sev, k);
        }
      }
    }
    s.extraRecords();
    for (String[] q : table) {
      long[] t = s.planted.getOrDefault(q[0], new long[3]);
      for (int sev = 0; sev < 3; sev++) {
        if (t[sev] != Long.parseLong(q[2 + sev])) {
          throw new IllegalStateException("planted " + t[sev] + " " + SEVERITIES[sev] + " events in " + q[0]
              + ", the table says " + q[2 + sev]);
        }
      }
    }
    s.writeAll(output, table);
  }

  /** One counted event of the table, with the rows around it that must not count. */
  private void event(String quarter, LocalDate quarterStart, int sev, int k) {
    int days = (int) (quarterStart.plusMonths(3).toEpochDay() - quarterStart.toEpochDay());
    LocalDate date = quarterStart.plusDays(random.nextInt(days));
    if (quarter.equals("2024Q1") && sev == 2 && k == 0) {
      date = LocalDate.parse("2024-02-29");
    }
    if (k % 11 == 3) {
      date = quarterStart.plusMonths(1 + k % 2).minusDays(1);
    }
    Source lead = ROTATION[(k + sev) % ROTATION.length];
    String id = lead.system() + "-" + (++serial);
    String joint = null;
    if (k % 8 == 5) {
      joint = "J-" + quarter + "-" + serial;
    }
    Map<String, String> row = row(lead, id, joint, "OIC", date, SEVERITIES[sev], "VALIDATED", serial % 7);
    add(lead, row);
    planted.computeIfAbsent(quarter, x -> new long[3])[sev]++;
    if (joint != null) {
      // Partners: later dates (the event keeps the lead's date), equal or lower severity.
      int partners = k % 24 == 5 ? 2 : 1;
      for (int p = 1; p <= partners; p++) {
        Source partner = ROTATION[(k + sev + 2 * p + 1) % ROTATION.length];
        if (partner.system().equals(lead.system())) {
          partner = lead == NCA ? BF : NCA;
        }
        LocalDate later = date.plusDays(random.nextInt(1, 4));
        if (later.isAfter(AS_OF)) {
          later = date;
        }
        add(partner, row(partner, partner.system() + "-" + (++serial), joint, "OIC", later,
            SEVERITIES[Math.min(2, sev + random.nextInt(0, 2))], "VALIDATED", p));
      }
      if (k % 40 == 5 && sev > 0) {
        // A claim not yet validated would raise the event's severity if it counted.
        add(NCA, row(NCA, "NCA-" + (++serial), joint, "OIC", date.minusDays(1).isBefore(quarterStart) ? date : date.minusDays(1),
            "MAJOR", "CLAIMED", 3));
      }
    }
    if (k % 15 == 7) {
      // An older version of the same record, with another severity and date: superseded.
      Map<String, String> old = new LinkedHashMap<>(row);
      old.put("severity", SEVERITIES[(sev + 1) % 3]);
      old.put("last_updated", LocalDate.parse(row.get("recorded_date")).minusDays(1) + "T08:00:00Z");
      add(lead, old);
    }
    if (k % 20 == 9) {
      add(lead, new LinkedHashMap<>(row));
    }
    noise(quarter, quarterStart, days, k);
  }

  /** Rows that must not count, spread over the quarters. */
  private void noise(String quarter, LocalDate quarterStart, int days, int k) {
    LocalDate date = quarterStart.plusDays(random.nextInt(days));
    Source s = ROTATION[random.nextInt(ROTATION.length)];
    if (k % 10 == 1) {
      add(s, row(s, s.system() + "-" + (++serial), null, "OIC", date, "MINOR", "REJECTED", 1));
    } else if (k % 12 == 2) {
      add(s, row(s, s.system() + "-" + (++serial), null, "OIC", date, "MODERATE", "CLAIMED", 2));
    } else if (k % 9 == 4) {
      add(s, row(s, s.system() + "-" + (++serial), null, k % 2 == 0 ? "DRUGS" : "MSHT", date, "MAJOR", "VALIDATED", 3));
    } else if (k % 25 == 6) {
      Map<String, String> bad = row(s, s.system() + "-" + (++serial), null, "OIC", date, "MINOR", "VALIDATED", 4);
      if (k % 2 == 0) {
        bad.put("disruption_date", date.getYear() + "-02-30");
      } else {
        bad.put("severity", "HUGE");
      }
      add(s, bad);
    }
  }

  /** A record whose newest version is REJECTED: its older VALIDATED version must not count. */
  private void extraRecords() {
    for (int i = 0; i < 5; i++) {
      LocalDate date = LocalDate.parse("2025-05-10").plusDays(40L * i);
      Map<String, String> v1 = row(NCA, "NCA-R" + i, null, "OIC", date, "MAJOR", "VALIDATED", 5);
      Map<String, String> v2 = new LinkedHashMap<>(v1);
      v2.put("status", "REJECTED");
      v2.put("last_updated", date.plusDays(20) + "T09:30:00Z");
      add(NCA, v1);
      add(NCA, v2);
    }
  }

  private Map<String, String> row(Source s, String id, String joint, String threat, LocalDate date,
      String severity, String status, int variant) {
    LocalDate recorded = date.plusDays(random.nextInt(0, 6));
    if (recorded.isAfter(AS_OF)) {
      recorded = AS_OF;
    }
    Map<String, String> r = new LinkedHashMap<>();
    r.put("source_system", s.system());
    r.put("disruption_id", id);
    r.put("agency_code", s.agency());
    r.put("force_code", s == PND ? FORCES[(serial + variant) % FORCES.length] : "");
    r.put("region_code", s == PND ? "" : REGIONS[(serial + variant) % REGIONS.length]);
    r.put("threat_area", threat);
    r.put("ocg_ref", variant % 3 == 0 ? "PND:" + (40000 + serial % 500) : "");
    r.put("investigation_ref", "");
    r.put("joint_ref", joint == null ? "" : joint);
    r.put("disruption_date", date.toString());
    r.put("recorded_date", recorded.toString());
    r.put("severity", severity);
    r.put("disruption_type", TYPES[(serial + variant) % TYPES.length]);
    r.put("status", status);
    r.put("last_updated", recorded + "T" + String.format("%02d", 8 + variant) + ":15:00Z");
    return r;
  }

  private void add(Source s, Map<String, String> row) {
    files.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(row);
  }

  private void writeAll(Path output, List<String[]> table) throws IOException {
    Path disruptions = Files.createDirectories(output.resolve("disruptions"));
    for (Map.Entry<String, List<Map<String, String>>> f : files.entrySet()) {
      try (Writer w = Files.newBufferedWriter(disruptions.resolve(f.getKey()), StandardCharsets.UTF_8)) {
        boolean json = f.getKey().endsWith(".jsonl");
        if (!json) {
          w.write(HEADER + "\n");
        }
        for (Map<String, String> r : f.getValue()) {
          w.write(json ? json(r) : csv(r));
          w.write('\n');
        }
      }
    }
    Files.writeString(Files.createDirectories(output.resolve("investigations")).resolve("nca_investigations.csv"),
        "source_system,investigation_id,lead_agency_code,force_code,region_code,threat_area,ocg_ref,"
            + "opened_date,closed_date,status,last_updated\n"
            + "NCA,INV-1,NCA,,SE,OIC,PND:40001,2024-06-01,,OPEN,2026-01-10T09:00:00Z\n"
            + "NCA,INV-2,NCA,,EE,OIC,PND:40002,2023-09-14,2025-11-30,CLOSED,2025-12-01T09:00:00Z\n");
    Files.writeString(Files.createDirectories(output.resolve("ocg_register")).resolve("pnd_register.csv"),
        "ocg_ref,list_name,region_code,threat_areas,tier,first_recorded_date,last_assessed_date,status,last_updated\n"
            + "PND:40001,PND,SE,OIC,1,2022-03-01,2026-02-01,ACTIVE,2026-02-01T10:00:00Z\n"
            + "PND:40002,PND,EE,OIC|MSHT,2,2021-07-15,2025-08-20,ACTIVE,2025-08-20T10:00:00Z\n");
    Files.writeString(output.resolve("AS_OF"), AS_OF + "\n");
    StringBuilder events = new StringBuilder("quarter,major,moderate,minor,total\n");
    for (String[] q : table) {
      long[] t = planted.get(q[0]);
      events.append(q[0]).append(',').append(t[0]).append(',').append(t[1]).append(',').append(t[2])
          .append(',').append(t[0] + t[1] + t[2]).append('\n');
    }
    Files.writeString(output.resolve("EXPECTED_EVENTS.csv"), events.toString());
  }

  private static String csv(Map<String, String> r) {
    return String.join(",", r.values());
  }

  private static String json(Map<String, String> r) {
    StringBuilder s = new StringBuilder("{");
    for (Map.Entry<String, String> e : r.entrySet()) {
      if (!e.getValue().isEmpty()) {
        s.append(s.length() > 1 ? "," : "").append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
      }
    }
    return s.append('}').toString();
  }

  /** quarter, quarter_start, major, moderate, minor of the published table. */
  static List<String[]> table() throws IOException {
    try (InputStream in = PublishedSample.class.getResourceAsStream("/reference/published_oic_disruptions.csv")) {
      if (in == null) {
        throw new IOException("reference/published_oic_disruptions.csv is not on the classpath");
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(","));
        }
      }
      return rows;
    }
  }
}
