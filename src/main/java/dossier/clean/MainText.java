package dossier.clean;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Tells the lines of a plain-text scrape that read as the main text from furniture. Each line
 * is scored by a logistic model over its {@link LineFeatures}, with the weights of
 * {@link LineModel#bundled()}.
 */
final class MainText {
  private static final LineModel MODEL = LineModel.bundled();

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
      text[i] = MODEL.score(features[i]) >= 0;
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
}
