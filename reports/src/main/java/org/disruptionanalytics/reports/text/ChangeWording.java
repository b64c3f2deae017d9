package org.disruptionanalytics.reports.text;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The wording rule of CONTRACT.md section 5.2: a change between two counts described in words,
 * with the strongest proportion of the table that is true, so that it never overstates. The ratio
 * current / prior is compared with the table exactly, as fractions of integers.
 *
 * <p>The sentence: {@code <current>[ in <subject>] against <prior> a year earlier: <change>[
 * (<percentage>)][; not statistically significant: 95% interval of the ratio <low> to <high>].[
 * Provisional: the period is still running.]}. The percentage in brackets follows a phrase and
 * "unchanged" and "fell to none"; "rose by 4.2%" states it already; there is none from or to
 * nothing. Without a prior: {@code <current>[ in <subject>] (no comparison: the series starts in
 * <Month yyyy>).}
 */
public final class ChangeWording {

  /** How a row of the table tests r against its bound. */
  public enum Comparison {
    ABOVE, EQUAL, AT_LEAST, BELOW, AT_MOST;

    boolean holds(Fraction r, Fraction bound) {
      return holds(r.compareTo(bound));
    }

    /** Whether the test holds, given the sign of r compared with the bound. */
    public boolean holds(int c) {
      return switch (this) {
        case ABOVE -> c > 0;
        case EQUAL -> c == 0;
        case AT_LEAST -> c >= 0;
        case BELOW -> c < 0;
        case AT_MOST -> c <= 0;
      };
    }
  }

  private record Row(String phrase, Comparison test, Fraction bound) {}

  private static Row row(String phrase, Comparison test, long numerator, long denominator) {
    return new Row(phrase, test, Fraction.of(numerator, denominator));
  }

  // A range row such as "2.9 <= r < 3" is only reached once the rows above it ("r > 3", "r = 3")
  // have failed, so there its upper side always holds and the row is "r >= 29/10"; likewise
  // "1/2 < r <= 0.55" is "r <= 11/20" below "r < 1/2" and "r = 1/2".
  private static final List<Row> RISES = List.of(
      row("more than tripled", Comparison.ABOVE, 3, 1),
      row("tripled", Comparison.EQUAL, 3, 1),
      row("nearly tripled", Comparison.AT_LEAST, 29, 10),
      row("more than doubled", Comparison.ABOVE, 2, 1),
      row("doubled", Comparison.EQUAL, 2, 1),
      row("nearly doubled", Comparison.AT_LEAST, 19, 10),
      row("rose by more than half", Comparison.ABOVE, 3, 2),
      row("rose by half", Comparison.EQUAL, 3, 2),
      row("rose by almost half", Comparison.AT_LEAST, 29, 20),
      row("rose by more than a third", Comparison.ABOVE, 4, 3),
      row("rose by a third", Comparison.EQUAL, 4, 3),
      row("rose by more than a quarter", Comparison.ABOVE, 5, 4),
      row("rose by a quarter", Comparison.EQUAL, 5, 4),
      row("rose by more than a fifth", Comparison.ABOVE, 6, 5),
      row("rose by a fifth", Comparison.EQUAL, 6, 5),
      row("rose by more than a tenth", Comparison.ABOVE, 11, 10),
      row("rose by a tenth", Comparison.EQUAL, 11, 10));

  private static final List<Row> FALLS = List.of(
      row("more than halved", Comparison.BELOW, 1, 2),
      row("halved", Comparison.EQUAL, 1, 2),
      row("almost halved", Comparison.AT_MOST, 11, 20),
      row("fell by more than a third", Comparison.BELOW, 2, 3),
      row("fell by a third", Comparison.EQUAL, 2, 3),
      row("fell by more than a quarter", Comparison.BELOW, 3, 4),
      row("fell by a quarter", Comparison.EQUAL, 3, 4),
      row("fell by more than a fifth", Comparison.BELOW, 4, 5),
      row("fell by a fifth", Comparison.EQUAL, 4, 5),
      row("fell by more than a tenth", Comparison.BELOW, 9, 10),
      row("fell by a tenth", Comparison.EQUAL, 9, 10));

  /** The ratios at which the table changes phrase; a percentage shown near one needs care. */
  static final List<Fraction> BOUNDARIES =
      Stream.concat(RISES.stream(), FALLS.stream()).map(Row::bound).distinct().toList();

  /**
   * A row of the table, for a reader that tests a phrase of its own against it (the claim check):
   * the phrase, its column, and the exact test "r {@code test} numerator / denominator".
   */
  public record Proportion(String phrase, boolean rise, Comparison test, long numerator, long denominator) {}

  /** The rows of the table: the rises from the top, then the falls from the top. */
  public static final List<Proportion> PROPORTIONS = Stream.concat(
          RISES.stream().map(r -> proportion(r, true)), FALLS.stream().map(r -> proportion(r, false)))
      .toList();

  private static Proportion proportion(Row row, boolean rise) {
    return new Proportion(row.phrase, rise, row.test, row.bound.numerator(), row.bound.denominator());
  }

  private static final String PROVISIONAL = " Provisional: the period is still running.";

  private ChangeWording() {}

  /**
   * Describes current against prior.
   *
   * @param prior null when there is no comparison (the prior span starts before the series)
   * @param significant {@code change_significant}: null exactly when prior is null
   * @param ci95Low the interval's lower bound; needed when significant is false
   * @param ci95High the interval's upper bound; null is infinite (prior 0)
   * @param provisional the period is still running (incomplete)
   * @param seriesStart the first month of the data; needed when prior is null
   */
  public static Description describe(long current, Long prior, Boolean significant,
      Double ci95Low, Double ci95High, boolean provisional, YearMonth seriesStart) {
    return describe(null, current, prior, significant, ci95Low, ci95High, provisional, seriesStart);
  }

  /**
   * As {@link #describe(long, Long, Boolean, Double, Double, boolean, YearMonth)}, with the period
   * named after the current count: "3,766 in FY 2025-26 against 2,578 a year earlier: ...".
   *
   * @param subject words that read after "in" ({@link PeriodName}); null for none
   */
  public static Description describe(String subject, long current, Long prior,
      Boolean significant, Double ci95Low, Double ci95High, boolean provisional,
      YearMonth seriesStart) {
    return describe(subject, "a year earlier", current, prior, significant, ci95Low, ci95High, provisional,
        seriesStart);
  }

  /**
   * As {@link #describe(String, long, Long, Boolean, Double, Double, boolean, YearMonth)}, with
   * the words that name what the prior counts ("in FY 2024-25" where a claim compares with another
   * period of its own choosing, rather than "a year earlier").
   */
  public static Description describe(String subject, String priorWords, long current, Long prior,
      Boolean significant, Double ci95Low, Double ci95High, boolean provisional,
      YearMonth seriesStart) {
    if (current < 0 || (prior != null && prior < 0)) {
      throw new IllegalArgumentException("negative count: " + current + " against " + prior);
    }
    String counted = DisplayNumber.count(current) + (subject == null ? "" : " in " + subject);
    String ending = provisional ? "." + PROVISIONAL : ".";
    if (prior == null) {
      if (significant != null || seriesStart == null) {
        throw new IllegalArgumentException(
            "no prior: significance must be null and the series start given");
      }
      String change = "no comparison: the series starts in " + PeriodName.month(seriesStart);
      return new Description(Direction.NO_COMPARISON, null, null, change,
          counted + " (" + change + ")" + ending, false);
    }
    Change change = change(current, prior);
    // Two zeros have no interval, so nothing to call significant or not.
    boolean notSignificant =
        Boolean.FALSE.equals(significant) && change.direction != Direction.NONE_EITHER;
    StringBuilder sentence = new StringBuilder(counted)
        .append(" against ").append(DisplayNumber.count(prior)).append(' ').append(priorWords).append(": ")
        .append(change.words);
    if (change.percentText != null && !change.percentInWords()) {
      sentence.append(" (").append(change.percentText).append(')');
    }
    if (notSignificant) {
      if (ci95Low == null) {
        throw new IllegalArgumentException("not significant: the interval's lower bound is needed");
      }
      sentence.append("; not statistically significant: 95% interval of the ratio ")
          .append(interval(ci95Low, ci95High));
    }
    sentence.append(ending);
    return new Description(change.direction, change.phrase, change.percentText, change.words,
        sentence.toString(), notSignificant);
  }

  private record Change(Direction direction, String phrase, String percentText, String words) {
    /** "rose by 4.2%" states the percentage already; a phrase or "unchanged" does not. */
    boolean percentInWords() {
      return phrase == null && (direction == Direction.RISE || direction == Direction.FALL);
    }
  }

  private static Change change(long current, long prior) {
    if (prior == 0) {
      return current == 0
          ? new Change(Direction.NONE_EITHER, null, null, "none in either period")
          : new Change(Direction.FROM_NONE, null, null, "up from none");
    }
    String percentText = DisplayNumber.percentChange(current, prior);
    if (current == 0) {
      return new Change(Direction.TO_NONE, null, percentText, "fell to none");
    }
    if (current == prior) {
      return new Change(Direction.UNCHANGED, null, percentText, "unchanged");
    }
    Fraction r = Fraction.of(current, prior);
    boolean rise = current > prior;
    Optional<String> phrase = (rise ? RISES : FALLS).stream()
        .filter(row -> row.test.holds(r, row.bound)).map(Row::phrase).findFirst();
    String words = phrase.orElseGet(
        () -> (rise ? "rose by " : "fell by ") + DisplayNumber.unsignedPercentChange(r));
    return new Change(rise ? Direction.RISE : Direction.FALL, phrase.orElse(null), percentText, words);
  }

  /** The interval as sentences write it: "0.95 to 1.45", "from 1.44, with no upper limit" (high null). */
  public static String interval(double low, Double high) {
    return high == null
        ? "from " + DisplayNumber.bound(low) + ", with no upper limit"
        : DisplayNumber.bound(low) + " to " + DisplayNumber.bound(high);
  }
}
