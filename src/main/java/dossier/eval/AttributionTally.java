package dossier.eval;

/** Matched, predicted and gold counts summed over a corpus, and the precision, recall and F1. */
final class AttributionTally {
  private long matched;
  private long predicted;
  private long gold;

  void add(int matched, int predicted, int gold) {
    this.matched += matched;
    this.predicted += predicted;
    this.gold += gold;
  }

  long predicted() {
    return predicted;
  }

  long gold() {
    return gold;
  }

  double precision() {
    return ratio(matched, predicted);
  }

  double recall() {
    return ratio(matched, gold);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** 0 rather than NaN when nothing was counted, so a run that finds nothing scores 0. */
  static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
