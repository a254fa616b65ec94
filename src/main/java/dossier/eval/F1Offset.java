package dossier.eval;

/**
 * The shift of a logistic model's intercept that maximises F1 on labelled rows. A fit that
 * minimises log-loss aims at accuracy, but the extraction metric is F1, which ignores
 * boilerplate rightly dropped, so its best threshold lies lower (about F1/2 in probability).
 */
final class F1Offset {
  /** Offsets tried, from -LIMIT to LIMIT in steps of STEP. */
  private static final double LIMIT = 2;
  private static final double STEP = 0.05;

  private F1Offset() {}

  /** The offset to add to every row's log-odds; the smallest of equal bests, for determinism. */
  static double best(double[] logOdds, boolean[] y) {
    double best = 0;
    double bestF1 = -1;
    int steps = (int) Math.round(2 * LIMIT / STEP);
    for (int s = 0; s <= steps; s++) {
      double offset = -LIMIT + s * STEP;
      double f1 = f1(logOdds, y, offset);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = offset;
      }
    }
    return best;
  }

  static double f1(double[] logOdds, boolean[] y, double offset) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < y.length; i++) {
      boolean kept = logOdds[i] + offset >= 0;
      tp += kept && y[i] ? 1 : 0;
      fp += kept && !y[i] ? 1 : 0;
      fn += !kept && y[i] ? 1 : 0;
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
