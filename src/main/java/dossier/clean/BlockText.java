package dossier.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of a whole page, furniture and all, one line per block element: what a scraper
 * that keeps only text hands over. Scripts and styles hold data, not text, so they drop out.
 */
final class BlockText implements NodeVisitor {
  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();

  private BlockText() {}

  static String of(Node root) {
    BlockText visitor = new BlockText();
    NodeTraversor.traverse(visitor, root);
    visitor.endLine();
    return String.join("\n", visitor.lines);
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      line.append(t.text());
    } else if (breaksLine(node)) {
      endLine();
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (breaksLine(node)) {
      endLine();
    }
  }

  private static boolean breaksLine(Node node) {
    return node instanceof Element e && (e.isBlock() || e.nameIs("br") || e.nameIs("title"));
  }

  private void endLine() {
    String text = line.toString().replaceAll("\\s+", " ").strip();
    if (!text.isEmpty()) {
      lines.add(text);
    }
    line.setLength(0);
  }
}
