package org.disruptionanalytics.reports.text;

/**
 * A change described in words by {@link ChangeWording}.
 *
 * @param phrase the strongest proportion of the table that holds ("rose by almost half"); null
 *     where none applies: between 9/10 and 11/10, unchanged, to or from none, no comparison
 * @param percentText the signed percentage change for display ("+46.1%", "−12.0%" with U+2212,
 *     "0.0%"); null where the percentage is not defined (prior 0 or null)
 * @param change the change as the sentence words it: the phrase, or "rose by 4.2%", "fell by
 *     4.2%", "unchanged", "fell to none", "up from none", "none in either period", "no comparison:
 *     the series starts in April 2024"
 * @param sentence the full sentence: both counts, the change, the percentage, the significance
 *     note and the provisional note where they apply
 * @param notSignificant whether the sentence says the change is not statistically significant
 */
public record Description(
    Direction direction, String phrase, String percentText, String change, String sentence,
    boolean notSignificant) {}
