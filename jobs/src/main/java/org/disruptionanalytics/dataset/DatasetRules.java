package org.disruptionanalytics.dataset;

import static org.disruptionanalytics.contract.Columns.*;
import static org.disruptionanalytics.dataset.ColumnRule.*;

import java.util.List;
import java.util.Optional;

/**
 * What CONTRACT.md sections 2 and 3.1 say of one dataset's rows: how each column is typed and
 * checked, which record a row is a version of, and when it exists at the as-of date.
 *
 * @param agencyColumn the agency whose POLICE value makes force_code required; empty where the
 *     dataset has no force (then region_code, when required, is checked alone)
 * @param dateOrder a pair (earlier, later) whose order is checked (DATE_ORDER)
 * @param existsFrom the date that must not be after the as-of day for the row to exist
 * @param key the columns naming a record, whose rows are versions of each other
 * @param qualitySource the column data_quality groups by (section 4)
 */
public record DatasetRules(
    InputDataset dataset,
    List<ColumnRule> columns,
    Optional<String> agencyColumn,
    Optional<List<String>> dateOrder,
    Optional<String> existsFrom,
    List<String> key,
    String qualitySource) {

  public static DatasetRules of(InputDataset dataset, List<String> agencies) {
    return switch (dataset) {
      case DISRUPTIONS -> new DatasetRules(dataset, List.of(
          code(SOURCE_SYSTEM), text(DISRUPTION_ID), oneOf(AGENCY_CODE, agencies), code(FORCE_CODE),
          code(REGION_CODE), oneOf(THREAT_AREA, Codes.THREAT_AREAS), ref(OCG_REF),
          ref(INVESTIGATION_REF), text(JOINT_REF), date(DISRUPTION_DATE), date(RECORDED_DATE),
          oneOf(SEVERITY, Codes.SEVERITIES), oneOf(DISRUPTION_TYPE, Codes.DISRUPTION_TYPES),
          oneOf(STATUS, Codes.DISRUPTION_STATUSES), timestamp(LAST_UPDATED)),
          Optional.of(AGENCY_CODE), Optional.of(List.of(DISRUPTION_DATE, RECORDED_DATE)),
          Optional.of(RECORDED_DATE), List.of(SOURCE_SYSTEM, DISRUPTION_ID), SOURCE_SYSTEM);
      case INVESTIGATIONS -> new DatasetRules(dataset, List.of(
          code(SOURCE_SYSTEM), text(INVESTIGATION_ID), oneOf(LEAD_AGENCY_CODE, agencies),
          code(FORCE_CODE), code(REGION_CODE), oneOf(THREAT_AREA, Codes.THREAT_AREAS), ref(OCG_REF),
          date(OPENED_DATE), date(CLOSED_DATE), oneOf(STATUS, Codes.INVESTIGATION_STATUSES),
          timestamp(LAST_UPDATED)),
          Optional.of(LEAD_AGENCY_CODE), Optional.of(List.of(OPENED_DATE, CLOSED_DATE)),
          Optional.of(OPENED_DATE), List.of(SOURCE_SYSTEM, INVESTIGATION_ID), SOURCE_SYSTEM);
      case OCG_REGISTER -> new DatasetRules(dataset, List.of(
          ref(OCG_REF), oneOf(LIST_NAME, Codes.LIST_NAMES), code(REGION_CODE),
          threatList(THREAT_AREAS), tier(TIER), date(FIRST_RECORDED_DATE),
          date(LAST_ASSESSED_DATE), oneOf(STATUS, Codes.GROUP_STATUSES), timestamp(LAST_UPDATED)),
          Optional.empty(), Optional.empty(), Optional.of(FIRST_RECORDED_DATE),
          List.of(LIST_NAME, OCG_REF), LIST_NAME);
      case OCG_LINKS -> new DatasetRules(dataset, List.of(
          ref(OCG_REF_A), ref(OCG_REF_B), text(LINK_SOURCE)),
          Optional.empty(), Optional.empty(), Optional.empty(), List.of(), LINK_SOURCE);
    };
  }

  /** Whether the dataset carries force_code and region_code with the force rules of section 3.1. */
  public boolean hasForce() {
    return agencyColumn.isPresent();
  }

  /** Whether rows carry a version (last_updated) and so exist only up to the as-of. */
  public boolean versioned() {
    return !key.isEmpty();
  }
}
