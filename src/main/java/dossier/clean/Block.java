package dossier.clean;

/**
 * One paragraph, heading or line of a document, the unit that cleaning keeps or removes.
 *
 * @param text the block's text on one line
 * @param shape what the markup said the block is; plain text only gives {@link Shape#TEXT}
 * @param group blocks of one blank-line-separated chunk of plain text share a group
 * @param linkChars how many of its characters are link text; plain text has none
 */
record Block(String text, Shape shape, int group, int linkChars) {

  /** The block's role in the markup: a top heading (h1), a lesser heading, text or caption. */
  enum Shape { HEADLINE, HEADING, TEXT, CAPTION }

  /** A block without links, as plain text gives. */
  Block(String text, Shape shape, int group) {
    this(text, shape, group, 0);
  }

  int words() {
    return Words.count(text);
  }

  /** The share of its characters in links, 0 to 1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : linkChars / (double) text.length();
  }
}
