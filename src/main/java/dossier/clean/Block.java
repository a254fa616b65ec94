package dossier.clean;

/**
 * One paragraph, heading or line of a document, the unit that cleaning keeps or removes.
 *
 * @param text the block's text on one line
 * @param shape what the markup said the block is; plain text only gives {@link Shape#TEXT}
 * @param group blocks of one blank-line-separated chunk of plain text share a group
 */
record Block(String text, Shape shape, int group) {

  /** The block's role in the markup. */
  enum Shape { HEADING, TEXT, CAPTION }

  int words() {
    return Words.count(text);
  }
}
