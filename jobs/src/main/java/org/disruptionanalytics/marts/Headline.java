package org.disruptionanalytics.marts;

import static org.apache.spark.sql.functions.col;
import static org.disruptionanalytics.contract.Columns.*;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.disruptionanalytics.contract.PeriodType;

/**
 * The figures leaders quote, read from the counts mart: for a threat area, all agencies and
 * regions, the latest complete financial year and the latest complete 12 months, each against
 * the same span a year earlier.
 */
public final class Headline {
  private Headline() {}

  public static List<String> lines(Dataset<Row> counts, String threatArea) {
    List<String> lines = new ArrayList<>();
    for (PeriodType type : List.of(PeriodType.FY, PeriodType.R12)) {
      List<Row> latest = counts
          .filter(col(THREAT_AREA).equalTo(threatArea).and(col(AGENCY_CODE).equalTo(DisruptionCounts.ALL))
              .and(col(REGION_CODE).equalTo(DisruptionCounts.ALL)).and(col(PERIOD_TYPE).equalTo(type.name()))
              .and(col(IS_COMPLETE)))
          .orderBy(col(PERIOD_END).desc())
          .select(PERIOD_LABEL, DISRUPTIONS, PRIOR_PERIOD_LABEL, PRIOR_DISRUPTIONS, PCT_CHANGE,
              RATIO_CI95_LOW, RATIO_CI95_HIGH, CHANGE_SIGNIFICANT)
          .limit(1).collectAsList();
      if (!latest.isEmpty()) {
        lines.add(line(threatArea, type, latest.get(0)));
      }
    }
    return lines;
  }

  private static String line(String threat, PeriodType type, Row r) {
    String label = r.getString(0);
    String period = type == PeriodType.FY ? "FY " + label
        : "year ending " + YearMonth.parse(label).getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
            + " " + label.substring(0, 4) + " (R12 " + label + ")";
    StringBuilder s = new StringBuilder(String.format(Locale.UK, "%s disruptions, %s: %,d", threat, period, r.getLong(1)));
    if (r.isNullAt(3)) {
      return s.append(" (no full year earlier to compare with)").toString();
    }
    s.append(String.format(Locale.UK, " against %,d in %s", r.getLong(3),
        type == PeriodType.FY ? "FY " + r.getString(2) : "the year ending " + r.getString(2)));
    if (!r.isNullAt(4)) {
      s.append(String.format(Locale.UK, " (%+.1f%%", r.getDouble(4)));
      s.append(String.format(Locale.UK, "; ratio 95%% CI %.3f to %s; %s)", r.getDouble(5),
          r.isNullAt(6) ? "inf" : String.format(Locale.UK, "%.3f", r.getDouble(6)),
          r.getBoolean(7) ? "significant" : "not significant"));
    }
    return s.toString();
  }
}
