package org.sysmobench.report;

/**
 * pass@k by the unbiased estimator of Chen et al. (2021): with {@code n} epochs of which {@code c} pass,
 * the chance that at least one of {@code k} epochs drawn without replacement passes,
 * {@code 1 - C(n-c, k) / C(n, k)}. An epoch passes when every scored phase is at full marks.
 */
final class PassAtK {
  private PassAtK() {}

  static double estimate(int n, int c, int k) {
    if (k > n || n == 0) {
      throw new IllegalArgumentException("pass@" + k + " needs at least k epochs, have " + n);
    }
    if (n - c < k) {
      return 1.0;
    }
    double fail = 1.0;
    for (int i = n - c + 1; i <= n; i++) {
      fail *= 1.0 - (double) k / i;
    }
    return 1.0 - fail;
  }
}
