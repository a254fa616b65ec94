package dossier.clean;

import java.util.regex.Pattern;

/**
 * Removes the labels that head a list of links set inside a story ("Lesen Sie auch", "Zobacz
 * także", "Related:"): a short line that is no sentence, followed at once by links that were
 * taken out. The links went as navigation or teasers; their label, whatever its language,
 * heads nothing of the story. Short labels between the two ("Read") go with it.
 */
final class LinkListLabels {
  private static final int MAX_LABEL_WORDS = 8;
  private static final int MAX_TAB_WORDS = 3;
  /** A block with more of its text in links than this is a link or a list of them. */
  private static final double LINKED = 0.5;
  /**
   * Words alone, with a colon or question mark at most at the end: figures, formulas, clauses
   * and "Key: value" lines are content that a list of links may follow.
   */
  private static final Pattern LABEL =
      Pattern.compile("[\\p{L}\\p{M}'’&/ -]+[:?]?");

  private LinkListLabels() {}

  static void apply(Page page) {
    for (int i = 0; i < page.size(); i++) {
      if (!isLabel(page, i, MAX_LABEL_WORDS)) {
        continue;
      }
      int next = i + 1;
      while (next < page.size() && isLabel(page, next, MAX_TAB_WORDS)) {
        next++;
      }
      if (next < page.size() && isRemovedLinks(page, next)) {
        for (int j = i; j < next; j++) {
          page.remove(j, Furniture.TEASER);
        }
      }
    }
  }

  /** A kept line of at most so many words, not a link, that reads as a label. */
  private static boolean isLabel(Page page, int i, int maxWords) {
    Block b = page.block(i);
    return page.kept(i) && b.words() <= maxWords && b.linkDensity() < LINKED
        && LABEL.matcher(b.text()).matches();
  }

  private static boolean isRemovedLinks(Page page, int i) {
    return !page.kept(i) && (page.block(i).linkDensity() > LINKED
        || page.furniture(i) == Furniture.TEASER);
  }
}
