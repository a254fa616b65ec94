package dossier.clean;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Tells the lines of a plain-text scrape that read as the main text from furniture. Each line
 * is scored by a logistic model over its {@link LineFeatures}. The weights were fitted on the
 * dev half of trafilatura's benchmark pages flattened to text (labels: the lines holding its
 * main-text and boilerplate segments; halves split by a hash of the file name); the test half
 * is scored apart.
 */
final class MainText {
  /** One weight a feature, in the order of {@link LineFeatures#NAMES}. */
  private static final double[] WEIGHTS = {0.743, 0.398, -1.025, -2.154, 0.461, -0.794, -0.343,
      1.942, 0.587, 0.173, 0.267, 0.216, 0.326, -2.988, 1.827, 1.392, -0.283, -0.985};

  private final Page page;
  private final boolean[] text;
  private final int last;

  private MainText(Page page) {
    this.page = page;
    List<String> texts = IntStream.range(0, page.size()).mapToObj(page::text).toList();
    double[][] features = LineFeatures.of(texts);
    this.text = new boolean[page.size()];
    int lastText = -1;
    for (int i = 0; i < page.size(); i++) {
      text[i] = score(features[i]) >= 0;
      lastText = text[i] && page.kept(i) ? i : lastText;
    }
    this.last = lastText;
  }

  /** The model's reading of the page as it stands. */
  static MainText read(Page page) {
    return new MainText(page);
  }

  /**
   * Whether the block is main text or comes after it: what a check for stories glued on after
   * the main one should look at, so that they go as stories rather than as furniture.
   */
  boolean textOrAfter(int i) {
    return text[i] || i > last;
  }

  /** Removes the kept blocks the model takes for furniture. */
  void apply() {
    for (int i = 0; i < page.size(); i++) {
      if (!text[i]) {
        page.remove(i, Furniture.LAYOUT);
      }
    }
  }

  /** The log-odds that the line is main text. */
  static double score(double[] features) {
    double z = 0;
    for (int k = 0; k < WEIGHTS.length; k++) {
      z += WEIGHTS[k] * features[k];
    }
    return z;
  }
}
