package org.sysmobench.report;

import java.util.List;

/**
 * A mean over epochs with its 95% confidence interval from Student's t distribution ({@code mean ± t(0.975,
 * n-1) · s / sqrt(n)}, clipped to [0, 1]); with fewer than two values there is no interval
 * ({@code lo == hi == mean}, {@code n} says why). Chosen over a bootstrap because epochs are few (3-5)
 * and a bootstrap of 3 values is meaningless.
 */
public record Estimate(double mean, double lo, double hi, int n) {
  private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
      2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
      2.048, 2.045, 2.042};

  public static final Estimate NONE = new Estimate(0, 0, 0, 0);

  public static Estimate of(List<Double> values) {
    int n = values.size();
    if (n == 0) {
      return NONE;
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
    if (n == 1) {
      return new Estimate(mean, mean, mean, 1);
    }
    double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    double half = t975(n - 1) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
    return new Estimate(mean, Math.max(0, mean - half), Math.min(1, mean + half), n);
  }

  /** The 0.975 quantile of Student's t with {@code df} degrees of freedom (table to 30, then steps to z). */
  static double t975(int df) {
    if (df <= 30) {
      return T975[df - 1];
    }
    return df <= 40 ? 2.021 : df <= 60 ? 2.000 : df <= 120 ? 1.980 : 1.960;
  }

  public boolean hasInterval() {
    return n >= 2;
  }
}
