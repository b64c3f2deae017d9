package org.disruptionanalytics.dataset;

import java.util.List;

/** The code lists the contract fixes (section 2); forces, regions and agencies come from reference data. */
public final class Codes {
  private Codes() {}

  public static final List<String> THREAT_AREAS = org.disruptionanalytics.contract.ThreatAreas.ALL;
  public static final List<String> SEVERITIES = List.of("MAJOR", "MODERATE", "MINOR");
  public static final List<String> DISRUPTION_TYPES = List.of("ARREST", "CHARGE", "CONVICTION",
      "CASH_SEIZURE", "ASSET_DENIAL", "EQUIPMENT_SEIZURE", "ONLINE_REMOVAL", "INTERNATIONAL", "OTHER");
  public static final List<String> DISRUPTION_STATUSES = List.of("CLAIMED", "VALIDATED", "REJECTED");
  public static final List<String> INVESTIGATION_STATUSES = List.of("OPEN", "CLOSED", "NFA");
  public static final List<String> LIST_NAMES = List.of("PND", "SOC_MASTER");
  public static final List<String> GROUP_STATUSES = List.of("ACTIVE", "ARCHIVED");
  public static final String POLICE = "POLICE";
  public static final String UNKNOWN_SOURCE = "UNKNOWN";
}
