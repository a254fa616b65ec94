package dossier.clean;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the boxes built around a form: a newsletter sign-up, a comment or contact form, a
 * login prompt, with their heading and a line or two of pitch ("Never miss a story again!").
 * The form is furniture by its markup; the box is the largest element around it that holds
 * little text besides, so the pitch goes with the form, while a story that holds a form keeps
 * its paragraphs.
 */
final class FormBoxes {
  /** The most characters a box may hold outside its form: a heading and a sentence or two. */
  private static final int MAX_PITCH = 400;

  private FormBoxes() {}

  /** The boxes around the forms of the page, each the largest one around its form. */
  static Set<Element> of(Element body) {
    Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element form : body.getElementsByTag("form")) {
      int own = chars(form, Integer.MAX_VALUE);
      Element box = null;
      for (Element p = form.parent(); p != null && !Junk.isFrame(p); p = p.parent()) {
        if (chars(p, own + MAX_PITCH + 1) - own > MAX_PITCH) {
          break;
        }
        box = p;
      }
      if (box != null) {
        boxes.add(box);
      }
    }
    return boxes;
  }

  /** The element's text length, white space folded, counted up to a cap. */
  private static int chars(Element e, int cap) {
    int[] count = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          count[0] += ParagraphChars.foldedLength(t.getWholeText());
        }
        return count[0] >= cap ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, e);
    return count[0];
  }
}
