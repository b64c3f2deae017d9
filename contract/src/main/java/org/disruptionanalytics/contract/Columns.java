package org.disruptionanalytics.contract;

/** Every column name the pipeline reads or writes, in one place. */
public final class Columns {
  private Columns() {}

  // Input columns (CONTRACT.md section 2).
  public static final String SOURCE_SYSTEM = "source_system";
  public static final String DISRUPTION_ID = "disruption_id";
  public static final String AGENCY_CODE = "agency_code";
  public static final String FORCE_CODE = "force_code";
  public static final String REGION_CODE = "region_code";
  public static final String THREAT_AREA = "threat_area";
  public static final String OCG_REF = "ocg_ref";
  public static final String INVESTIGATION_REF = "investigation_ref";
  public static final String JOINT_REF = "joint_ref";
  public static final String DISRUPTION_DATE = "disruption_date";
  public static final String RECORDED_DATE = "recorded_date";
  public static final String SEVERITY = "severity";
  public static final String DISRUPTION_TYPE = "disruption_type";
  public static final String STATUS = "status";
  public static final String LAST_UPDATED = "last_updated";
  public static final String INVESTIGATION_ID = "investigation_id";
  public static final String LEAD_AGENCY_CODE = "lead_agency_code";
  public static final String OPENED_DATE = "opened_date";
  public static final String CLOSED_DATE = "closed_date";
  public static final String LIST_NAME = "list_name";
  public static final String THREAT_AREAS = "threat_areas";
  public static final String TIER = "tier";
  public static final String FIRST_RECORDED_DATE = "first_recorded_date";
  public static final String LAST_ASSESSED_DATE = "last_assessed_date";
  public static final String OCG_REF_A = "ocg_ref_a";
  public static final String OCG_REF_B = "ocg_ref_b";
  public static final String LINK_SOURCE = "link_source";

  // Lineage of every row read.
  public static final String DATASET = "dataset";
  public static final String SOURCE_FILE = "source_file";
  public static final String ROW_NUMBER = "row_number";
  public static final String RAW_RECORD = "raw_record";
  public static final String MALFORMED = "malformed";
  public static final String IGNORED_COLUMNS = "ignored_columns";
  /** Reasons a source mapping found while converting a row (raw layer only; merged into REASONS). */
  public static final String MAPPING_REASONS = "mapping_reasons";

  // Validation and outcomes.
  public static final String REASONS = "reasons";
  public static final String REASON_CODES = "reason_codes";
  public static final String OUTCOME = "outcome";
  public static final String ROWS = "rows";

  // Partitions of clean/disruptions.
  public static final String YEAR = "year";
  public static final String MONTH = "month";

  // marts/disruption_events
  public static final String EVENT_ID = "event_id";
  public static final String EVENT_DATE = "event_date";
  public static final String AGENCY_CODES = "agency_codes";
  public static final String REGION_CODES = "region_codes";
  public static final String CLAIMS = "claims";
  public static final String SOURCE_KEYS = "source_keys";
  public static final String OCG_REFS = "ocg_refs";

  // marts/disruption_counts
  public static final String PERIOD_TYPE = "period_type";
  public static final String PERIOD_LABEL = "period_label";
  public static final String PERIOD_START = "period_start";
  public static final String PERIOD_END = "period_end";
  public static final String DATA_TO = "data_to";
  public static final String IS_COMPLETE = "is_complete";
  public static final String DISRUPTIONS = "disruptions";
  public static final String MAJOR = "major";
  public static final String MODERATE = "moderate";
  public static final String MINOR = "minor";
  public static final String PRIOR_PERIOD_LABEL = "prior_period_label";
  public static final String PRIOR_DISRUPTIONS = "prior_disruptions";
  public static final String PRIOR_MAJOR = "prior_major";
  public static final String PRIOR_MODERATE = "prior_moderate";
  public static final String PRIOR_MINOR = "prior_minor";
  public static final String CHANGE = "change";
  public static final String PCT_CHANGE = "pct_change";
  public static final String RATIO_CI95_LOW = "ratio_ci95_low";
  public static final String RATIO_CI95_HIGH = "ratio_ci95_high";
  public static final String CHANGE_SIGNIFICANT = "change_significant";

  // clean/ocg_groups and marts/ocg_coverage
  public static final String OCG_ID = "ocg_id";
  public static final String IN_REGISTER = "in_register";
  public static final String LINKED_REFS = "linked_refs";
  public static final String ON_PND = "on_pnd";
  public static final String ON_SOC_MASTER = "on_soc_master";
  public static final String LAST_DISRUPTION_DATE = "last_disruption_date";
  public static final String DISRUPTIONS_12M = "disruptions_12m";
  public static final String OPEN_INVESTIGATIONS = "open_investigations";
  public static final String LAST_INVESTIGATION_DATE = "last_investigation_date";
  public static final String DAYS_SINCE_ASSESSED = "days_since_assessed";
  public static final String COVERAGE_STATUS = "coverage_status";

  // marts/source_returns (its month column is MONTH, the first day of the month)
  public static final String EXPECTED_ROWS = "expected_rows";
  public static final String RATIO_TO_EXPECTED = "ratio_to_expected";
  public static final String FLAG = "flag";
  public static final String MEDIAN_LAG_DAYS = "median_lag_days";
  public static final String P90_LAG_DAYS = "p90_lag_days";

  // Carried by every mart row.
  public static final String AS_OF = "as_of";
  public static final String RUN_ID = "run_id";
}
