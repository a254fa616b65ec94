package dossier.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a page body into blocks in reading order. Blocks in furniture markup are removed as
 * that furniture, blocks outside the main content as layout; the rest are kept for the
 * text-level cleaning that plain text gets too.
 */
final class HtmlBlocks {
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template",
      "svg", "iframe", "object", "embed", "canvas", "head", "link", "meta", "button", "select",
      "input", "textarea", "option", "video", "audio", "map");
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main",
      "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th",
      "caption", "form", "address", "hr", "br", "body", "center", "fieldset", "details",
      "summary", "dialog", "menu");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private final Set<Element> main;
  private final Set<Element> aroundMain = new HashSet<>();
  private final List<Block> blocks = new ArrayList<>();
  private final List<Furniture> removals = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private Context pending;

  private HtmlBlocks(List<Element> main) {
    this.main = new HashSet<>(main);
    for (Element m : main) {
      aroundMain.addAll(m.parents());
    }
  }

  /** The body's blocks, with furniture and text outside the main content removed. */
  static Page read(Element body) {
    HtmlBlocks reader = new HtmlBlocks(MainContent.find(body));
    reader.walk(body, new Context(null, false, Block.Shape.TEXT));
    reader.flush();
    Page page = new Page(reader.blocks);
    for (int i = 0; i < page.size(); i++) {
      Furniture kind = reader.removals.get(i);
      if (kind != null) {
        page.remove(i, kind);
      }
    }
    return page;
  }

  private void walk(Element e, Context outer) {
    if (SKIPPED.contains(e.normalName()) || Junk.hidden(e)) {
      return;
    }
    Context context = contextOf(e, outer);
    boolean block = BLOCK_TAGS.contains(e.normalName());
    if (block) {
      flush();
    }
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        append(t.text(), context);
      } else if (child instanceof Element c) {
        walk(c, context);
      }
    }
    if (block) {
      flush();
    }
  }

  private Context contextOf(Element e, Context outer) {
    boolean inMain = outer.inMain() || main.contains(e);
    Furniture junk = outer.junk();
    if (junk == null && !aroundMain.contains(e)) {
      junk = Junk.kindOf(e, inMain).orElse(null);
    }
    Block.Shape shape = outer.shape();
    if (HEADINGS.contains(e.normalName())) {
      shape = Block.Shape.HEADING;
    } else if (e.normalName().equals("figcaption") || e.normalName().equals("figure")) {
      shape = Block.Shape.CAPTION;
    }
    return new Context(junk, inMain, shape);
  }

  private void append(String s, Context context) {
    if (pending != null && !pending.equals(context) && !s.isBlank()) {
      flush();
    }
    if (pending == null && s.isBlank()) {
      return;
    }
    if (pending == null) {
      pending = context;
    }
    text.append(s);
  }

  private void flush() {
    String t = text.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    if (!t.isEmpty()) {
      blocks.add(new Block(t, pending.shape(), blocks.size()));
      removals.add(pending.junk() != null ? pending.junk()
          : pending.inMain() ? null : Furniture.LAYOUT);
    }
    text.setLength(0);
    pending = null;
  }

  /** What the markup around a piece of text says about it. */
  private record Context(Furniture junk, boolean inMain, Block.Shape shape) {}
}
