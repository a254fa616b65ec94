package dossier.eval;

import java.util.regex.Pattern;

/**
 * trafilatura's segment metric, summed over a corpus: a main-text segment found in the output is a
 * true positive (else a false negative); a boilerplate segment found is a false positive (else a
 * true negative). Output and segments are compared with whitespace normalised.
 */
final class SegmentScore {
  /** Unicode-aware, as Python's {@code \s} on str is, so no-break spaces count as spaces. */
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private long tp;
  private long fp;
  private long fn;
  private long tn;

  /** Scores one page's output; pass "" for a crash or a timeout. */
  void add(String output, GoldPage gold) {
    String text = normalise(output);
    for (String segment : gold.with()) {
      if (text.contains(normalise(segment))) {
        tp++;
      } else {
        fn++;
      }
    }
    for (String segment : gold.without()) {
      if (text.contains(normalise(segment))) {
        fp++;
      } else {
        tn++;
      }
    }
  }

  static String normalise(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  long tp() {
    return tp;
  }

  long fp() {
    return fp;
  }

  long fn() {
    return fn;
  }

  long tn() {
    return tn;
  }

  double precision() {
    return ratio(tp, tp + fp);
  }

  double recall() {
    return ratio(tp, tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double accuracy() {
    return ratio(tp + tn, tp + fp + fn + tn);
  }

  /** 0 when nothing was counted, rather than NaN, so an extractor that finds nothing scores 0. */
  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
