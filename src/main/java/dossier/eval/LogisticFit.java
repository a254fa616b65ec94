package dossier.eval;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares). A fixed number of steps from zero weights, in a fixed order, so that the same data
 * always gives the same weights to the last digit.
 */
final class LogisticFit {
  private static final int STEPS = 30;

  private LogisticFit() {}

  /**
   * The weights minimising the log-loss summed over the rows plus {@code lambda/2 |w|²}.
   *
   * @param x one feature vector a row, a constant feature included for an intercept
   * @param y each row's label
   */
  static double[] fit(double[][] x, boolean[] y, double lambda) {
    int d = x[0].length;
    double[] w = new double[d];
    for (int step = 0; step < STEPS; step++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int k = 0; k < d; k++) {
        gradient[k] = lambda * w[k];
        hessian[k][k] = lambda;
      }
      for (int i = 0; i < x.length; i++) {
        double p = sigmoid(dot(w, x[i]));
        double r = p - (y[i] ? 1 : 0);
        double v = p * (1 - p);
        for (int a = 0; a < d; a++) {
          gradient[a] += r * x[i][a];
          for (int b = 0; b <= a; b++) {
            hessian[a][b] += v * x[i][a] * x[i][b];
          }
        }
      }
      double[] delta = Cholesky.solve(hessian, gradient);
      for (int k = 0; k < d; k++) {
        w[k] -= delta[k];
      }
    }
    return w;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  static double dot(double[] w, double[] x) {
    double z = 0;
    for (int k = 0; k < w.length; k++) {
      z += w[k] * x[k];
    }
    return z;
  }
}
