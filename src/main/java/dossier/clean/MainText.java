package dossier.clean;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Tells the lines of a plain-text scrape that read as the main text from furniture. Each line
 * is scored by a logistic model over its {@link LineFeatures}. The weights were fitted on half
 * of trafilatura's benchmark pages flattened to text (the pages whose file name has an even
 * {@link String#hashCode}; labels: the lines holding the set's main-text and boilerplate
 * segments), and checked on the other half.
 */
final class MainText {
  /** One weight a feature, in the order of {@link LineFeatures#NAMES}. */
  private static final double[] WEIGHTS = {-0.188, -0.085, -0.814, -1.805, 0.477, -0.804,
      -0.253, 1.843, 0.106, 0.180, 0.297, 0.241, 0.361, -1.666, 0.241, 0.019, -0.241, -0.973,
      0.624, 0.693, 0.912, 0.726, 0.060, 0.541, -0.625, 0.785};

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
   * Whether the block is main text, comes after it, or may head a story: what a check for
   * stories glued on after the main one should look at, so that they go as stories rather
   * than as furniture.
   */
  boolean textOrAfter(int i) {
    return text[i] || i > last || Headlines.isHeadlineLike(page.text(i));
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
  private static double score(double[] features) {
    double z = 0;
    for (int k = 0; k < WEIGHTS.length; k++) {
      z += WEIGHTS[k] * features[k];
    }
    return z;
  }
}
