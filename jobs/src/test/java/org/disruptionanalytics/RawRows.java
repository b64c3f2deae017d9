package org.disruptionanalytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.disruptionanalytics.dataset.InputDataset;

/**
 * Raw-layer fixtures: rows as the parser would give them, each a valid base row of its dataset
 * with some values replaced, numbered from 1 in the order added.
 */
public final class RawRows {

  public static final Map<String, String> DISRUPTION = Map.ofEntries(
      Map.entry("source_system", "NCA"), Map.entry("disruption_id", "D1"),
      Map.entry("agency_code", "NCA"), Map.entry("region_code", "NW"),
      Map.entry("threat_area", "OIC"), Map.entry("disruption_date", "2025-05-01"),
      Map.entry("recorded_date", "2025-05-02"), Map.entry("severity", "MAJOR"),
      Map.entry("disruption_type", "ARREST"), Map.entry("status", "VALIDATED"),
      Map.entry("last_updated", "2025-05-02T09:00:00Z"));
  public static final Map<String, String> INVESTIGATION = Map.ofEntries(
      Map.entry("source_system", "NCA"), Map.entry("investigation_id", "I1"),
      Map.entry("lead_agency_code", "NCA"), Map.entry("region_code", "NW"),
      Map.entry("threat_area", "OIC"), Map.entry("opened_date", "2025-01-10"),
      Map.entry("status", "OPEN"), Map.entry("last_updated", "2025-05-02T09:00:00Z"));
  public static final Map<String, String> REGISTER = Map.ofEntries(
      Map.entry("ocg_ref", "PND:1"), Map.entry("list_name", "PND"), Map.entry("region_code", "NW"),
      Map.entry("threat_areas", "OIC"), Map.entry("tier", "2"),
      Map.entry("first_recorded_date", "2024-01-01"), Map.entry("status", "ACTIVE"),
      Map.entry("last_updated", "2025-05-02T09:00:00Z"));
  public static final Map<String, String> LINK = Map.of("ocg_ref_a", "PND:1", "ocg_ref_b", "SOC:1");

  private final InputDataset dataset;
  private final Map<String, String> base;
  private final List<Row> rows = new ArrayList<>();

  public RawRows(InputDataset dataset, Map<String, String> base) {
    this.dataset = dataset;
    this.base = base;
  }

  /** Adds the base row with these values replaced ("" for an empty field, null for an absent column). */
  public RawRows add(String... keyValues) {
    Map<String, String> values = new HashMap<>(base);
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    return addRow(values, false);
  }

  /** Adds a record that could not be parsed. */
  public RawRows addMalformed() {
    return addRow(Map.of(), true);
  }

  /** Adds the base row from another file. */
  public RawRows addFrom(String file, String... keyValues) {
    add(keyValues);
    Row r = rows.remove(rows.size() - 1);
    Object[] cells = new Object[r.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = r.get(i);
    }
    cells[1] = file;
    rows.add(RowFactory.create(cells));
    return this;
  }

  private RawRows addRow(Map<String, String> values, boolean malformed) {
    List<Object> cells = new ArrayList<>();
    cells.add(dataset.folder());
    cells.add("t.csv");
    cells.add((long) rows.size() + 1);
    cells.add("row " + (rows.size() + 1));
    cells.add(malformed);
    cells.add(null);
    for (String c : dataset.columns()) {
      cells.add(values.get(c));
    }
    cells.add(null);
    rows.add(RowFactory.create(cells.toArray()));
    return this;
  }

  /** Gives the row added last the reasons a source mapping found. */
  public RawRows mappingReasons(String... reasons) {
    Row r = rows.remove(rows.size() - 1);
    Object[] cells = new Object[r.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = r.get(i);
    }
    cells[cells.length - 1] = scala.jdk.javaapi.CollectionConverters.asScala(List.of(reasons)).toList();
    rows.add(RowFactory.create(cells));
    return this;
  }

  public Dataset<Row> toDataset() {
    return SharedSpark.spark().createDataFrame(rows, dataset.rawSchema());
  }
}
