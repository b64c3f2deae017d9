package org.disruptionanalytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A throw-away input root for one test, laid out as CONTRACT.md section 2. */
public final class InputFolder {

  public static final String DISRUPTIONS_HEADER = "source_system,disruption_id,agency_code,force_code,"
      + "region_code,threat_area,ocg_ref,investigation_ref,joint_ref,disruption_date,recorded_date,"
      + "severity,disruption_type,status,last_updated";
  public static final String INVESTIGATIONS_HEADER = "source_system,investigation_id,lead_agency_code,"
      + "force_code,region_code,threat_area,ocg_ref,opened_date,closed_date,status,last_updated";
  public static final String REGISTER_HEADER = "ocg_ref,list_name,region_code,threat_areas,tier,"
      + "first_recorded_date,last_assessed_date,status,last_updated";
  public static final String LINKS_HEADER = "ocg_ref_a,ocg_ref_b,link_source";

  private final Path root;

  public InputFolder(Path root) {
    this.root = root;
    for (String d : new String[] {"disruptions", "investigations", "ocg_register"}) {
      dir(d);
    }
  }

  public Path root() {
    return root;
  }

  private Path dir(String dataset) {
    try {
      return Files.createDirectories(root.resolve(dataset));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file of the dataset from lines joined with '\n' (a final newline added). */
  public InputFolder file(String dataset, String name, String... lines) {
    return bytes(dataset, name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  public InputFolder bytes(String dataset, String name, byte[] content) {
    try {
      Files.write(dir(dataset).resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
