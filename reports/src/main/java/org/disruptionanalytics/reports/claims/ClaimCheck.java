package org.disruptionanalytics.reports.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.disruptionanalytics.contract.Columns;
import org.disruptionanalytics.contract.PeriodType;
import org.disruptionanalytics.contract.RatioInterval;
import org.disruptionanalytics.contract.ReportingPeriod;
import org.disruptionanalytics.reports.marts.CountCell;
import org.disruptionanalytics.reports.marts.Counts;
import org.disruptionanalytics.reports.sections.ChangeSentence;
import org.disruptionanalytics.reports.sections.ReportContext;
import org.disruptionanalytics.reports.text.ChangeWording;
import org.disruptionanalytics.reports.text.ChangeWording.Proportion;
import org.disruptionanalytics.reports.text.Description;
import org.disruptionanalytics.reports.text.DisplayNumber;
import org.disruptionanalytics.reports.text.PeriodName;

/**
 * Checks a claim against the counts of a warehouse (no I/O): the period's count against the same
 * span a year earlier (or against the period the claim names), the verdict with r = current /
 * prior compared exactly, and the caveats that apply.
 *
 * <p>A standard period is its cell of marts/disruption_counts (with the mart's interval); a span
 * of months is the sum of its MONTH cells against the sum of the same cells' prior_disruptions
 * (an event has one date, so months add up; a running month's prior is the same days a year
 * earlier), with the interval of the two sums.
 */
public final class ClaimCheck {

  private final Function<String, Counts> countsOf;
  private final ReportContext run;
  private final LocalDate asOf;
  private final YearMonth seriesStart;
  private final PublishedFigures published;

  /**
   * @param countsOf the counts of a threat area
   * @param run the warehouse's run: its as-of and first month (null when it kept no disruptions)
   */
  public ClaimCheck(Function<String, Counts> countsOf, ReportContext run, PublishedFigures published) {
    this.countsOf = countsOf;
    this.run = run;
    this.asOf = run.asOf();
    this.seriesStart = run.seriesStart();
    this.published = published;
  }

  /** The counted side of a comparison: a period's count, and its own prior a year earlier. */
  private record Side(long current, Long prior, LocalDate start, LocalDate dataTo,
      boolean complete, LocalDate priorStart, LocalDate priorEnd, CountCell cell, ReportingPeriod standard) {}

  /** A side found in the warehouse, or why it is not there. */
  private record Found(Side side, String missing) {
    static Found absent(String why) {
      return new Found(null, why);
    }
  }

  /**
   * @throws UnreadableClaim when the phrase, a period or the threat area cannot be read, a span
   *     ends after the as-of month, or --compare-with is not of the same length
   */
  public ClaimResult check(Claim claim) {
    ClaimPhrase phrase = ClaimPhrase.parse(claim.says());
    claim.requireKnownThreat();
    ClaimPeriod period = ClaimPeriod.parse(claim.period());
    ClaimPeriod other = claim.compareWith() == null ? null : ClaimPeriod.parse(claim.compareWith());
    requireEnded(period);
    if (other != null) {
      requireEnded(other);
      if (other.months() != period.months()) {
        throw new UnreadableClaim("cannot compare " + period.text() + " (" + months(period.months()) + ") with "
            + other.text() + " (" + months(other.months()) + "): --compare-with needs a period of the same length");
      }
    }
    Counts counts = countsOf.apply(claim.threat());
    Map<String, String> key = key(claim, period);
    List<String> reasons = new ArrayList<>();

    Found found = side(period, counts, claim);
    if (found.side() == null) {
      return new ClaimResult(claim, phrase.reading(), Verdict.NOT_COMPARABLE, List.of(), null, null, null, null,
          null, null, null, null, null, key, null, null, null, null, List.of(found.missing()));
    }
    Side current = found.side();
    Long prior = current.prior();
    LocalDate priorStart = current.priorStart();
    LocalDate priorEnd = current.priorEnd();
    String priorWords = "a year earlier";
    String notComparable = null;
    boolean complete = current.complete();
    if (other != null) {
      Found against = side(other, counts, claim);
      if (against.side() == null) {
        return new ClaimResult(claim, phrase.reading(), Verdict.NOT_COMPARABLE, List.of(), current.current(), null,
            null, null, null, null, null, null, null, key, span(current.start(), current.dataTo()),
            days(current.start(), current.dataTo()), null, null, List.of("the comparison: " + against.missing()));
      }
      Side q = against.side();
      prior = q.current();
      priorStart = q.start();
      priorEnd = q.dataTo();
      priorWords = "in " + other.words();
      complete = current.complete() && q.complete();
      if (!current.complete() || !q.complete()) {
        notComparable = (current.complete() ? other.text() : period.text()) + " is still running at the as-of day ("
            + asOf + "), so it is shorter than the other: compare a running period with the same days a year"
            + " earlier (leave out compare_with)";
      }
    }

    long c = current.current();
    if (notComparable == null && prior == null) {
      notComparable = "no comparison: the span a year earlier starts before the series, which starts in "
          + PeriodName.month(seriesStart);
    }
    if (notComparable == null && c == 0 && prior == 0) {
      notComparable = "no disruptions in either span" + noRows(claim, counts);
    }
    if (notComparable == null && prior == 0 && phrase.proportional()) {
      notComparable = "a proportion of none: there were no disruptions in the span compared with, so only a count,"
          + " a direction or \"up from none\" can be checked";
    }

    RatioInterval interval = null;
    if (prior != null && c + prior > 0) {
      interval = other == null && current.cell() != null && current.cell().ratioLow() != null
          ? new RatioInterval(current.cell().ratioLow(), current.cell().ratioHigh())
          : RatioInterval.of(c, prior);
    }
    Verdict verdict;
    if (notComparable != null) {
      verdict = Verdict.NOT_COMPARABLE;
      reasons.add(notComparable);
    } else if (!phrase.rightDirection(c, prior)) {
      verdict = Verdict.WRONG_DIRECTION;
      reasons.add("the claim says " + sense(phrase) + "; the count " + actual(c, prior));
    } else if (phrase.holds(c, prior)) {
      verdict = Verdict.SUPPORTED;
      reasons.add(ratio(c, prior) + "; \"" + phrase.canonical() + "\" needs " + phrase.test() + ": it holds");
    } else {
      verdict = Verdict.OVERSTATED;
      reasons.add(ratio(c, prior) + "; \"" + phrase.canonical() + "\" needs " + phrase.test()
          + ": the change is smaller than the claim says");
    }

    EnumSet<Caveat> caveats = EnumSet.noneOf(Caveat.class);
    if (!complete) {
      caveats.add(Caveat.PROVISIONAL);
      reasons.add("PROVISIONAL: " + (current.complete() ? other.text() : period.text())
          + " is still running at the as-of day (" + asOf + "); its count will be revised");
    }
    if (interval != null && !interval.significant()) {
      caveats.add(Caveat.NOT_SIGNIFICANT);
      reasons.add("NOT_SIGNIFICANT: the 95% interval of the ratio, " + interval(interval)
          + ", includes 1: the change is not statistically significant");
    }
    if (verdict == Verdict.SUPPORTED && prior > 0 && interval != null && robustnessApplies(phrase)) {
      boolean rise = phrase.sense() == ClaimPhrase.Sense.RISE;
      double bound = rise ? interval.low() : interval.high();
      if (!phrase.holdsAt(ExactRatio.of(bound), prior)) {
        caveats.add(Caveat.NOT_ROBUST);
        reasons.add("NOT_ROBUST: at the interval's " + (rise ? "lower" : "upper") + " bound, " + DisplayNumber.bound(bound)
            + (phrase.kind() == ClaimPhrase.Kind.COUNT ? " (a change of " + DisplayNumber.count(
                ExactRatio.of(bound).countChange(rise, prior).longValue() * (rise ? 1 : -1)) + ")" : "")
            + ", the claim would not hold");
      }
    }
    if (verdict == Verdict.SUPPORTED && prior > 0) {
      Optional<Proportion> strongest = strongest(phrase, ExactRatio.of(c, prior));
      if (strongest.isPresent() && phrase.weakerThan(strongest.get(), prior)) {
        caveats.add(Caveat.UNDERSTATED);
        // "More than" leaves room above it, so it is true, only weak; "almost half", "a third" or
        // "by 12%" name a size, and plain English calls a size that is too small wrong.
        String pct = DisplayNumber.percentChange(c, prior);
        String why = phrase.strict()
            ? "The claim is true, but for a change of " + pct + " it understates it"
            : "The claim does not overstate, but plain English would call \"" + claim.says().trim() + "\" wrong for a"
                + " change of " + pct;
        reasons.add("UNDERSTATED: \"" + strongest.get().phrase() + "\" also holds. " + why + ": say \""
            + strongest.get().phrase() + "\"");
      }
    }
    List<String> unpublished = unpublished(claim, period, other, prior != null);
    if (!unpublished.isEmpty()) {
      caveats.add(Caveat.NOT_PUBLISHED);
      reasons.add("NOT_PUBLISHED: " + String.join("; ", unpublished)
          + ": a figure quoted in public must be published, and is then quoted from the release");
    } else if (verdict != Verdict.NOT_COMPARABLE) {
      reasons.add("published: both counts are in reports/published; quote them from the release");
    }

    // A period of the table is described in the report's own sentence; a span or a comparison of
    // the claim's choosing, which the report never shows, in the sentence of CONTRACT.md 5.2.
    Description d = prior == null
        ? ChangeWording.describe(period.words(), c, null, null, null, null, !complete, seriesStart)
        : ChangeWording.describe(period.words(), priorWords, c, prior, interval == null ? null : interval.significant(),
            interval == null ? null : interval.low(), interval == null ? null : interval.high(), !complete, null);
    Long change = prior == null ? null : c - prior;
    Double pct = prior == null || prior == 0 ? null
        : other == null && current.cell() != null && current.cell().pctChange() != null ? current.cell().pctChange()
        : 100.0 * (c - prior) / prior;
    return new ClaimResult(claim, phrase.reading(), verdict, List.copyOf(caveats), c, prior, change, pct,
        d.percentText(), interval == null ? null : interval.low(), interval == null ? null : interval.high(),
        d.change(), other == null && current.standard() != null ? reportSentence(current, claim) : d.sentence(), key, span(current.start(), current.dataTo()), days(current.start(), current.dataTo()),
        priorStart == null ? null : span(priorStart, priorEnd), priorStart == null ? null : days(priorStart, priorEnd),
        reasons);
  }

  private String reportSentence(Side side, Claim claim) {
    return ChangeSentence.plain(side.standard(), side.cell(), new ReportContext(run.contractVersion(), asOf, run.runId(),
        claim.threat(), run.inputFiles(), seriesStart));
  }

  private void requireEnded(ClaimPeriod p) {
    if (p instanceof ClaimPeriod.MonthSpan && p.last().isAfter(YearMonth.from(asOf))) {
      throw new UnreadableClaim("the span " + p.text() + " ends after the as-of month (" + YearMonth.from(asOf)
          + "): a span of months must end by the as-of day, " + asOf);
    }
  }

  /** The side a period counts, or why it is not in the warehouse. */
  private Found side(ClaimPeriod period, Counts counts, Claim claim) {
    if (seriesStart == null) {
      return Found.absent("the warehouse kept no disruptions, so it holds no periods");
    }
    if (period instanceof ClaimPeriod.Standard s) {
      Optional<ReportingPeriod> found = counts.periods(s.type()).stream().filter(p -> p.label().equals(s.label()))
          .findFirst();
      if (found.isEmpty()) {
        return Found.absent(s.text() + " is not in the warehouse: " + whyAbsent(s));
      }
      ReportingPeriod p = found.get();
      CountCell cell = counts.cell(p, claim.agency(), claim.region());
      return new Found(new Side(cell.disruptions(), cell.priorDisruptions(), p.start(), p.dataTo(),
          p.complete(), p.priorStart(), p.priorEnd(), cell, p), null);
    }
    if (period.first().isBefore(seriesStart)) {
      return Found.absent("the span " + period.text() + " starts before the series, which starts in "
          + PeriodName.month(seriesStart));
    }
    Map<String, ReportingPeriod> months = new LinkedHashMap<>();
    counts.periods(PeriodType.MONTH).forEach(p -> months.put(p.label(), p));
    long sum = 0;
    Long priorSum = 0L;
    ReportingPeriod first = null;
    ReportingPeriod last = null;
    for (YearMonth m : period.monthList()) {
      ReportingPeriod p = months.get(m.toString());
      CountCell cell = counts.cell(p, claim.agency(), claim.region());
      sum += cell.disruptions();
      priorSum = priorSum == null || cell.priorDisruptions() == null ? null : priorSum + cell.priorDisruptions();
      first = first == null ? p : first;
      last = p;
    }
    return new Found(new Side(sum, priorSum, first.start(), last.dataTo(), last.complete(),
        first.priorStart(), last.priorEnd(), null, null), null);
  }

  private String whyAbsent(ClaimPeriod.Standard s) {
    if (s.start().isAfter(asOf)) {
      return "it starts after the as-of day, " + asOf;
    }
    if (s.type() == PeriodType.R12 && s.last().isAfter(YearMonth.from(asOf))) {
      return "the 12 months ending " + PeriodName.month(s.last()) + " have not ended by the as-of day, " + asOf
          + " (the latest is R12 " + YearMonth.from(asOf) + ")";
    }
    return "it starts before the series, which starts in " + PeriodName.month(seriesStart);
  }

  private static String noRows(Claim claim, Counts counts) {
    List<String> parts = new ArrayList<>();
    if (!Claim.ALL.equals(claim.agency()) && !counts.agencies().contains(claim.agency())) {
      parts.add("agency " + claim.agency() + " has no disruptions of " + claim.threat() + " in the warehouse (agencies"
          + " with some: " + (counts.agencies().isEmpty() ? "none" : String.join(", ", counts.agencies())) + ")");
    }
    if (!Claim.ALL.equals(claim.region()) && !counts.regions().contains(claim.region())) {
      parts.add("region " + claim.region() + " has no disruptions of " + claim.threat() + " in the warehouse (regions"
          + " with some: " + (counts.regions().isEmpty() ? "none" : String.join(", ", counts.regions())) + ")");
    }
    if (counts.agencies().isEmpty() && counts.regions().isEmpty()) {
      parts.add("the warehouse holds no disruptions of " + claim.threat());
    }
    return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
  }

  /** The strongest row of the table, in the claim's direction, that holds at r. */
  private static Optional<Proportion> strongest(ClaimPhrase phrase, ExactRatio r) {
    boolean rise = phrase.sense() == ClaimPhrase.Sense.RISE;
    return ChangeWording.PROPORTIONS.stream()
        .filter(p -> p.rise() == rise && p.test().holds(r.compareTo(ExactRatio.of(p.numerator(), p.denominator()))))
        .findFirst();
  }

  /** A claim of the counts themselves ("unchanged", "up from none", "fell to none") has no bound to test. */
  private static boolean robustnessApplies(ClaimPhrase phrase) {
    return phrase.sense() != ClaimPhrase.Sense.NONE && phrase.kind() != ClaimPhrase.Kind.FROM_NONE
        && phrase.kind() != ClaimPhrase.Kind.TO_NONE;
  }

  /** What the claim rests on that the published release does not show. */
  private List<String> unpublished(Claim claim, ClaimPeriod period, ClaimPeriod other, boolean hasPrior) {
    if (!published.exists()) {
      return List.of("the warehouse has no published release (reports/published/summary.json)");
    }
    List<String> missing = new ArrayList<>();
    if (!published.published(claim.threat(), period, claim.agency(), claim.region(), Columns.DISRUPTIONS)) {
      missing.add("the count of " + period.text());
    }
    if (other == null) {
      if (hasPrior && !published.published(claim.threat(), period, claim.agency(), claim.region(),
          Columns.PRIOR_DISRUPTIONS)) {
        missing.add("the count a year earlier of " + period.text());
      }
    } else if (!published.published(claim.threat(), other, claim.agency(), claim.region(), Columns.DISRUPTIONS)) {
      missing.add("the count of " + other.text());
    }
    return missing.isEmpty() ? List.of() : List.of("the release does not show " + String.join(" or ", missing)
        + where(claim) + " (suppressed [c], or not in its tables)");
  }

  private static String where(Claim claim) {
    return " for " + claim.threat() + ", agency " + claim.agency() + ", region " + claim.region();
  }

  private static Map<String, String> key(Claim claim, ClaimPeriod period) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put(Columns.THREAT_AREA, claim.threat());
    if (period instanceof ClaimPeriod.Standard s) {
      key.put(Columns.PERIOD_TYPE, s.type().name());
      key.put(Columns.PERIOD_LABEL, s.label());
    } else {
      key.put(Columns.PERIOD_TYPE, "MONTHS");
      key.put(Columns.PERIOD_LABEL, period.text());
    }
    key.put(Columns.AGENCY_CODE, claim.agency());
    key.put(Columns.REGION_CODE, claim.region());
    return key;
  }

  private static String sense(ClaimPhrase phrase) {
    return switch (phrase.sense()) {
      case RISE -> "a rise";
      case FALL -> "a fall";
      case NONE -> "no change";
    };
  }

  private static String actual(long c, long prior) {
    if (c == prior) {
      return "is unchanged at " + DisplayNumber.count(c);
    }
    String pct = prior == 0 ? "" : " (" + DisplayNumber.percentChange(c, prior) + ")";
    return (c > prior ? "rose by " : "fell by ") + DisplayNumber.count(Math.abs(c - prior)) + pct + ", from "
        + DisplayNumber.count(prior) + " to " + DisplayNumber.count(c);
  }

  private static String ratio(long c, long prior) {
    if (prior == 0) {
      return DisplayNumber.count(c) + " against none";
    }
    return "r = " + DisplayNumber.count(c) + " / " + DisplayNumber.count(prior) + " = "
        + ExactRatio.of(c, prior).rounded(4).toPlainString() + " (" + DisplayNumber.percentChange(c, prior) + ")";
  }

  private static String interval(RatioInterval i) {
    return ChangeWording.interval(i.low(), i.high());
  }

  private static String span(LocalDate from, LocalDate to) {
    return from + ".." + to;
  }

  /** "1 October 2024 to 30 September 2025". */
  private static String days(LocalDate from, LocalDate to) {
    return PeriodName.day(from) + " to " + PeriodName.day(to);
  }

  private static String months(int n) {
    return n == 1 ? "1 month" : n + " months";
  }
}
