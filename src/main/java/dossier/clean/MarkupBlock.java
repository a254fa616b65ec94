package dossier.clean;

import org.jsoup.nodes.Element;

/**
 * A block read from markup, before the main content is chosen.
 *
 * @param text the block's text on one line
 * @param shape heading, caption or text, as the markup says
 * @param junk the furniture its markup names, or null
 * @param linkChars how many of its characters are link text
 * @param linkRuns how many runs of link text it has: a link, or links with only space between
 * @param lead its text before its first link; all of it when it has none
 * @param owner the innermost element its text starts in
 */
record MarkupBlock(String text, Block.Shape shape, Furniture junk, int linkChars, int linkRuns,
    String lead, Element owner) {

  double linkDensity() {
    return text.isEmpty() ? 0 : linkChars / (double) text.length();
  }
}
