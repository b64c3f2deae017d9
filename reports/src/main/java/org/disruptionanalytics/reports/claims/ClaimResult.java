package org.disruptionanalytics.reports.claims;

import java.util.List;
import java.util.Map;

/**
 * The answer to one claim: the verdict and its caveats, the figures it rests on and the sentence
 * the report would write. Counts and change are null where the period is not in the warehouse;
 * prior, change and the percentage where there is no comparison.
 *
 * @param reading the phrase as the check read it, with its exact test
 * @param pctChange 100 × change / prior; null for a prior of 0
 * @param ratioHigh null also when infinite (a prior of 0)
 * @param supportedPhrase the strongest phrase the data supports, as the report words the change
 * @param key the cell: threat_area, period_type, period_label, agency_code, region_code (a span's
 *     type is MONTHS, its label "2024-10..2025-09")
 * @param span the days counted, "2024-10-01..2025-09-30"; null when not in the warehouse
 * @param priorSpan the days compared with
 * @param reasons why the verdict and each caveat, in words, in that order
 */
public record ClaimResult(Claim claim, String reading, Verdict verdict, List<Caveat> caveats, Long current, Long prior,
    Long change, Double pctChange, String pctText, Double ratioLow, Double ratioHigh, String supportedPhrase,
    String sentence, Map<String, String> key, String span, String spanWords, String priorSpan,
    String priorSpanWords, List<String> reasons) {

  public ClaimResult {
    caveats = List.copyOf(caveats);
    key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
    reasons = List.copyOf(reasons);
  }

  public boolean supported() {
    return verdict == Verdict.SUPPORTED;
  }
}
