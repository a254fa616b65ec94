package dossier.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much paragraph text ({@code <p>}) each element of a page holds, counted in one iterative
 * pass: an element's count is the running total at its end less the total at its start.
 */
final class ParagraphChars implements NodeVisitor {
  private final Map<Element, Integer> startTotals = new IdentityHashMap<>();
  private final Map<Element, Integer> counts = new IdentityHashMap<>();
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
      total += openParagraphs > 0 ? t.text().length() : 0;
    } else if (node instanceof Element e) {
      startTotals.put(e, total);
      openParagraphs += e.nameIs("p") ? 1 : 0;
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      openParagraphs -= e.nameIs("p") ? 1 : 0;
      counts.put(e, total - startTotals.remove(e));
    }
  }
}
