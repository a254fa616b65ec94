package dossier.clean;

/**
 * Removes caption text that sits just above its photo credit in the same chunk, which the
 * credit's wording alone does not reveal ("Maduro delivers a speech" over "JUAN BARRETO/AFP").
 * A line that ends a sentence is the story's: a flattened page is one chunk, and a credit
 * often follows a paragraph with the photo's caption elsewhere or in the credit's own line.
 */
final class Captions {
  private static final int MAX_CAPTION_WORDS = 40;

  private Captions() {}

  static void apply(Page page) {
    for (int i = 1; i < page.size(); i++) {
      Block above = page.block(i - 1);
      if (page.furniture(i) == Furniture.CREDIT && page.kept(i - 1)
          && above.group() == page.block(i).group()
          && above.words() <= MAX_CAPTION_WORDS && !Words.endsSentence(above.text())) {
        page.remove(i - 1, Furniture.CAPTION);
      }
    }
    for (int i = 0; i < page.size(); i++) {
      if (page.block(i).shape() == Block.Shape.CAPTION) {
        page.remove(i, Furniture.CAPTION);
      }
    }
  }
}
