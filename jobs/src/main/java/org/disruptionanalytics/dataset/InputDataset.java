package org.disruptionanalytics.dataset;

import static org.disruptionanalytics.contract.Columns.*;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The four input datasets of CONTRACT.md section 2, with the columns each one names. */
public enum InputDataset {
  DISRUPTIONS("disruptions", true, List.of(
      SOURCE_SYSTEM, DISRUPTION_ID, AGENCY_CODE, FORCE_CODE, REGION_CODE, THREAT_AREA, OCG_REF,
      INVESTIGATION_REF, JOINT_REF, DISRUPTION_DATE, RECORDED_DATE, SEVERITY, DISRUPTION_TYPE,
      STATUS, LAST_UPDATED), List.of(
      SOURCE_SYSTEM, DISRUPTION_ID, AGENCY_CODE, THREAT_AREA, DISRUPTION_DATE, RECORDED_DATE,
      SEVERITY, DISRUPTION_TYPE, STATUS, LAST_UPDATED)),
  INVESTIGATIONS("investigations", true, List.of(
      SOURCE_SYSTEM, INVESTIGATION_ID, LEAD_AGENCY_CODE, FORCE_CODE, REGION_CODE, THREAT_AREA,
      OCG_REF, OPENED_DATE, CLOSED_DATE, STATUS, LAST_UPDATED), List.of(
      SOURCE_SYSTEM, INVESTIGATION_ID, LEAD_AGENCY_CODE, THREAT_AREA, OPENED_DATE, STATUS,
      LAST_UPDATED)),
  OCG_REGISTER("ocg_register", true, List.of(
      OCG_REF, LIST_NAME, REGION_CODE, THREAT_AREAS, TIER, FIRST_RECORDED_DATE,
      LAST_ASSESSED_DATE, STATUS, LAST_UPDATED), List.of(
      OCG_REF, LIST_NAME, REGION_CODE, THREAT_AREAS, FIRST_RECORDED_DATE, STATUS, LAST_UPDATED)),
  OCG_LINKS("ocg_links", false, List.of(OCG_REF_A, OCG_REF_B, LINK_SOURCE),
      List.of(OCG_REF_A, OCG_REF_B));

  private final String folder;
  private final boolean required;
  private final List<String> columns;
  private final List<String> requiredColumns;

  InputDataset(String folder, boolean required, List<String> columns, List<String> requiredColumns) {
    this.folder = folder;
    this.required = required;
    this.columns = columns;
    this.requiredColumns = requiredColumns;
  }

  /** Sub-folder of the input root, and the dataset's name in every output. */
  public String folder() {
    return folder;
  }

  /** Whether the input root must have this sub-folder. */
  public boolean required() {
    return required;
  }

  /** The contract's columns, in contract order. */
  public List<String> columns() {
    return columns;
  }

  /**
   * Columns every row must fill. force_code (required of POLICE rows) and region_code (derived from
   * the force when empty) have rules of their own.
   */
  public List<String> requiredColumns() {
    return requiredColumns;
  }

  /**
   * The raw layer's schema: lineage, then every contract column as text exactly as read (null when
   * the file has no such column or key), then the reasons a source mapping found (null when none).
   */
  public StructType rawSchema() {
    StructType schema = new StructType()
        .add(DATASET, DataTypes.StringType, false)
        .add(SOURCE_FILE, DataTypes.StringType, false)
        .add(ROW_NUMBER, DataTypes.LongType, false)
        .add(RAW_RECORD, DataTypes.StringType, true)
        .add(MALFORMED, DataTypes.BooleanType, false)
        .add(IGNORED_COLUMNS, DataTypes.createArrayType(DataTypes.StringType, false), true);
    for (String c : columns) {
      schema = schema.add(c, DataTypes.StringType, true);
    }
    return schema.add(MAPPING_REASONS, DataTypes.createArrayType(DataTypes.StringType, false), true);
  }
}
