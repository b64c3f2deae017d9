package org.disruptionanalytics.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled list of forces with their region, read from the classpath where the build puts
 * data/reference, so generated force codes always come from the list the pipeline checks.
 */
final class Reference {
  /** Force code to region code, in file order; British Transport Police maps to "" (no region). */
  final Map<String, String> forceRegions;

  private Reference(Map<String, String> forceRegions) {
    this.forceRegions = Collections.unmodifiableMap(forceRegions);
  }

  static Reference load() {
    Map<String, String> forces = new LinkedHashMap<>();
    for (String[] f : read("reference/forces.csv")) {
      forces.put(f[0], f[3]);
    }
    return new Reference(forces);
  }

  /** Forces of a region, in file order. */
  List<String> forcesIn(String region) {
    List<String> out = new ArrayList<>();
    forceRegions.forEach((force, r) -> {
      if (r.equals(region)) {
        out.add(force);
      }
    });
    return out;
  }

  /** The data rows of a bundled reference file: it is simple (no quoted fields), so a plain split is enough. */
  static List<String[]> read(String resource) {
    InputStream in = Reference.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("reference data not on the classpath: " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
