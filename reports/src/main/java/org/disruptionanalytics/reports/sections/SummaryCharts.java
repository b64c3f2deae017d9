package org.disruptionanalytics.reports.sections;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.model.Chart;

/**
 * The two charts of both releases, drawn from counts cells. A cell the release does not show
 * (suppressed) is not drawn: its value is null, and the description says [c].
 */
final class SummaryCharts {
  private SummaryCharts() {}

  /**
   * Monthly bars with the 12-month rolling average: the sum of the 12 months ending in each month
   * divided by 12 (a year-ending total is the sum of its months), drawn only where all 12 are shown,
   * so that it says nothing the bars do not.
   */
  static Chart monthly(List<ReportingPeriod> months, List<CountCell> cells, Predicate<CountCell> shown,
      ReportContext ctx) {
    List<String> categories = new ArrayList<>();
    List<Double> bars = new ArrayList<>();
    List<Boolean> marked = new ArrayList<>();
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < months.size(); i++) {
      ReportingPeriod m = months.get(i);
      CountCell c = cells.get(i);
      boolean visible = shown.test(c);
      categories.add(m.label());
      bars.add(visible ? (double) c.disruptions() : null);
      marked.add(!m.complete());
      values.append(i == 0 ? "" : "; ").append(Words.month(YearMonth.parse(m.label()))).append(' ')
          .append(visible ? Words.count(c.disruptions()) : "[c]").append(m.complete() ? "" : " (provisional)");
    }
    List<Double> rolling = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Double sum = i < 11 ? null : 0.0;
      for (int k = i - 11; sum != null && k <= i; k++) {
        sum = bars.get(k) == null ? null : sum + bars.get(k);
      }
      rolling.add(sum == null ? null : sum / 12);
    }
    String desc = "Bars: " + ctx.threatArea() + " disruptions in each month from "
        + Words.month(YearMonth.parse(months.get(0).label())) + " to "
        + Words.month(YearMonth.parse(months.get(months.size() - 1).label())) + ", all agencies and regions: " + values
        + "." + (bars.contains(null) ? " Suppressed months [c] are not drawn." : "")
        + " Line: the average month of the 12 months ending in each month (the year-ending total divided by 12),"
        + " where all 12 are shown."
        + (marked.contains(Boolean.TRUE) ? " Hatched bars marked p are provisional: the month is still running." : "");
    return new Chart("chart-trend", Chart.Kind.COLUMNS_WITH_LINE,
        ctx.threatArea() + " disruptions by month, with the 12-month rolling average", desc, categories,
        List.of(new Chart.Series("Disruptions in the month", bars), new Chart.Series("12-month rolling average", rolling)),
        marked, "provisional");
  }

  /** The headline period the region chart shows: the most recent complete one, else the first. */
  static ReportingPeriod charted(List<ReportingPeriod> periods) {
    return periods.stream().filter(ReportingPeriod::complete)
        .reduce((a, b) -> b.end().isAfter(a.end()) ? b : a).orElse(periods.get(0));
  }

  /** Bars by region for one period. */
  static Chart regions(ReportingPeriod charted, List<CountCell> cells, Predicate<CountCell> shown, ReportContext ctx) {
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    StringBuilder desc = new StringBuilder(ctx.threatArea() + " disruptions by region, " + Words.period(charted) + ": ");
    for (int i = 0; i < cells.size(); i++) {
      CountCell c = cells.get(i);
      boolean visible = shown.test(c);
      names.add(c.regionCode());
      values.add(visible ? (double) c.disruptions() : null);
      desc.append(i == 0 ? "" : "; ").append(c.regionCode()).append(' ')
          .append(visible ? Words.count(c.disruptions()) : "[c]");
    }
    desc.append(". A disruption with claims in several regions counts in each.")
        .append(values.contains(null) ? " Suppressed regions [c] are not drawn." : "");
    return new Chart("chart-region", Chart.Kind.BARS, ctx.threatArea() + " disruptions by region, "
        + Words.period(charted), desc.toString(), names, List.of(new Chart.Series("Disruptions", values)),
        names.stream().map(n -> !charted.complete()).toList(), "provisional");
  }
}
