package dossier.clean;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much paragraph text ({@code <p>}) each element of a page holds, counted in one iterative
 * pass: an element's count is the running total at its end less the total at its start. Text is
 * counted as {@link TextNode#text()} gives it, white space folded, without building that string.
 */
final class ParagraphChars implements NodeVisitor {
  /** Only elements holding paragraph text, a few of a page's thousands. */
  private final Map<Element, Integer> counts = new IdentityHashMap<>();
  /** The running total at the start of each open element, innermost last. */
  private int[] starts = new int[64];
  private int open;
  private int total;
  private int openParagraphs;

  ParagraphChars(Element root) {
    NodeTraversor.traverse(this, root);
  }

  /** The paragraph characters under the element; 0 for one not under the root. */
  int of(Element e) {
    return counts.getOrDefault(e, 0);
  }

  /** All the paragraph characters of the page. */
  int page() {
    return total;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      total += openParagraphs > 0 ? foldedLength(t.getWholeText()) : 0;
    } else if (node instanceof Element e) {
      if (open == starts.length) {
        starts = Arrays.copyOf(starts, open * 2);
      }
      starts[open++] = total;
      openParagraphs += e.nameIs("p") ? 1 : 0;
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      openParagraphs -= e.nameIs("p") ? 1 : 0;
      int count = total - starts[--open];
      if (count > 0) {
        counts.put(e, count);
      }
    }
  }

  /**
   * The length of jsoup's whitespace-normalised text: each run of white space one space,
   * zero-width spaces and soft hyphens dropped.
   */
  static int foldedLength(String text) {
    int length = 0;
    boolean inSpace = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int chars = Character.charCount(c);
      i += chars;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
        length += inSpace ? 0 : 1;
        inSpace = true;
      } else if (c != '\u200B' && c != '\u00AD') {
        length += chars;
        inSpace = false;
      }
    }
    return length;
  }
}
