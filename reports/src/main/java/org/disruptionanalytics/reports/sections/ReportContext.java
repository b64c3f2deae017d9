package org.disruptionanalytics.reports.sections;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the report needs besides the marts: the run that made them (handed over by the run, read
 * from _manifest.json when rendering alone) and the threat area reported on.
 *
 * @param seriesStart the first month of the counts' series; null when no disruption was kept
 */
public record ReportContext(
    String contractVersion, LocalDate asOf, String runId, String threatArea, int inputFiles,
    YearMonth seriesStart) {}
