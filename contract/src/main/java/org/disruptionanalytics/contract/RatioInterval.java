package org.disruptionanalytics.contract;

import org.apache.commons.math3.special.Beta;

/**
 * The exact conditional 95% interval of the ratio current / prior of two counts (CONTRACT.md
 * section 3.3): a Clopper–Pearson interval for p = current / (current + prior), turned into ratio
 * bounds p / (1 - p).
 *
 * @param low 0 when current is 0
 * @param high null (infinite) when prior is 0
 */
public record RatioInterval(double low, Double high) {

  private static final double ALPHA = 0.05;

  public static RatioInterval of(long current, long prior) {
    if (current < 0 || prior < 0 || current + prior == 0) {
      throw new IllegalArgumentException("no interval for " + current + " against " + prior);
    }
    // p_low is the alpha/2 quantile of Beta(c, p+1); 1 - p_high, taken from the complementary
    // Beta(p, c+1) so that no precision is lost near 1, is its alpha/2 quantile too.
    double low = 0;
    if (current > 0) {
      double pLow = betaQuantile(ALPHA / 2, current, prior + 1);
      low = pLow / (1 - pLow);
    }
    Double high = null;
    if (prior > 0) {
      double oneMinusPHigh = betaQuantile(ALPHA / 2, prior, current + 1);
      high = (1 - oneMinusPHigh) / oneMinusPHigh;
    }
    return new RatioInterval(low, high);
  }

  /** Whether the interval excludes a ratio of 1: the change is significant at 95%. */
  public boolean significant() {
    return low > 1 || (high != null && high < 1);
  }

  /**
   * The q-quantile of Beta(a, b), by bisection on the regularized incomplete beta function to
   * full double precision (commons-math3's own solver stops at an absolute 1e-9, too coarse for
   * small quantiles).
   */
  static double betaQuantile(double q, double a, double b) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 1100 && lo < hi; i++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (Beta.regularizedBeta(mid, a, b, 1e-16, 100_000) < q) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo + (hi - lo) / 2;
  }
}
