package org.disruptionanalytics.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
import org.disruptionanalytics.raw.CsvRecordReader;

/**
 * Forces with their region, regions and agencies: bundled in the job jar (a cluster has no
 * data/ folder), or read from a folder the config names.
 */
public record ReferenceData(
    Map<String, Optional<String>> forceRegions, Set<String> regions, Set<String> agencies)
{

  public static final String FORCES = "forces.csv";
  public static final String REGIONS = "regions.csv";
  public static final String AGENCIES = "agencies.csv";

  /** The copy inside the jar. */
  public static ReferenceData bundled() {
    return load(name -> ReferenceData.class.getResourceAsStream("/reference/" + name), "the job jar");
  }

  /** A folder holding forces.csv, regions.csv and agencies.csv. */
  public static ReferenceData fromFolder(Path folder) {
    return load(name -> {
      try {
        return Files.newInputStream(folder.resolve(name));
      } catch (NoSuchFileException e) {
        return null;
      }
    }, folder.toString());
  }

  private interface Opener {
    InputStream open(String name) throws IOException;
  }

  private static ReferenceData load(Opener opener, String where) {
    Map<String, Optional<String>> forces = new LinkedHashMap<>();
    for (Map<String, String> row : table(opener, where, FORCES, "force_code", "region_code")) {
      String region = row.get("region_code");
      forces.put(code(row.get("force_code")), region.isBlank() ? Optional.empty() : Optional.of(code(region)));
    }
    Set<String> regions = new LinkedHashSet<>();
    table(opener, where, REGIONS, "region_code").forEach(r -> regions.add(code(r.get("region_code"))));
    Set<String> agencies = new LinkedHashSet<>();
    table(opener, where, AGENCIES, "agency_code").forEach(r -> agencies.add(code(r.get("agency_code"))));
    for (Map.Entry<String, Optional<String>> f : forces.entrySet()) {
      if (f.getValue().isPresent() && !regions.contains(f.getValue().get())) {
        throw new PipelineException(Kind.CONFIG, FORCES + " in " + where + ": force " + f.getKey()
            + " has region " + f.getValue().get() + ", which " + REGIONS + " does not list");
      }
    }
    return new ReferenceData(Collections.unmodifiableMap(forces),
        Collections.unmodifiableSet(regions), Collections.unmodifiableSet(agencies));
  }

  private static String code(String s) {
    return s.strip().toUpperCase(Locale.ROOT);
  }

  private static List<Map<String, String>> table(
      Opener opener, String where, String name, String... required) {
    try (InputStream in = opener.open(name)) {
      if (in == null) {
        throw new PipelineException(Kind.CONFIG, "reference file " + name + " not found in " + where);
      }
      CsvRecordReader reader = new CsvRecordReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      CsvRecordReader.CsvRecord header = reader.next();
      List<String> names = header == null ? List.of()
          : header.fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      for (String r : required) {
        if (!names.contains(r)) {
          throw new PipelineException(Kind.CONFIG, "reference file " + name + " in " + where + " has no column " + r);
        }
      }
      List<Map<String, String>> rows = new ArrayList<>();
      for (CsvRecordReader.CsvRecord rec = reader.next(); rec != null; rec = reader.next()) {
        if (!rec.wellFormed() || rec.fields().size() != names.size()) {
          throw new PipelineException(Kind.CONFIG, "reference file " + name + " in " + where
              + ": malformed record at line " + rec.lineNumber());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
          row.put(names.get(i), rec.fields().get(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new PipelineException(Kind.CONFIG, "cannot read reference file " + name + " in " + where + ": " + e.getMessage(), e);
    }
  }
}
