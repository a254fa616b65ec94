package dossier.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a page body into blocks in reading order. Blocks in furniture markup are removed as
 * that furniture, blocks outside the main content as layout; the rest are kept for the
 * text-level cleaning that plain text gets too. The walk is iterative, so markup nested ten
 * thousand deep reads like any other.
 */
final class HtmlBlocks implements NodeFilter {
  private static final Set<String> SKIPPED = Set.of("script", "style", "template", "rt", "rp",
      "svg", "iframe", "object", "embed", "canvas", "head", "link", "meta", "button", "select",
      "input", "textarea", "option", "video", "audio", "map");
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main",
      "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th",
      "caption", "form", "address", "hr", "br", "body", "center", "fieldset", "details",
      "summary", "dialog", "menu");
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /**
   * A story of less than this share of the page's paragraph text may be hidden by layout words
   * in the names around it...
   */
  private static final double HIDDEN = 0.25;
  /** ...and is, when the page read without them shows at least this many times as much. */
  private static final double GAIN = 2;
  /** A reading with fewer names must show at least this much story: a paragraph or two. */
  private static final double SHOWN = 400;
  private final Junk junk;
  private final Deque<Context> contexts = new ArrayDeque<>();
  private final List<MarkupBlock> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private Context pending;
  private Element owner;
  private int linkChars;
  private int linkRuns;
  /** Where the first link's text starts in {@link #text}, or -1 before it. */
  private int leadEnd = -1;
  private boolean lastInLink;

  private HtmlBlocks(Junk junk) {
    this.junk = junk;
  }

  /** The body's blocks, with furniture and text outside the main content removed. */
  static Page read(Element body) {
    Junk junk = new Junk(body);
    Votes votes = storyVotes(body, junk);
    List<MarkupBlock> marked = votes.blocks();
    boolean[] main = MainContent.find(votes);
    List<Block> blocks = new ArrayList<>();
    for (MarkupBlock b : marked) {
      blocks.add(new Block(b.text(), b.shape(), blocks.size(), b.linkChars()));
    }
    Page page = new Page(blocks);
    for (int i = 0; i < page.size(); i++) {
      Furniture kind = marked.get(i).junk();
      if (!main[i]) {
        page.remove(i, kind != null ? kind : Furniture.LAYOUT);
      }
    }
    return page;
  }

  /**
   * The body's blocks as its markup names them or, when that leaves no prose or shows little of
   * the page's paragraph text as a story, read without the layout words of names, if that shows
   * much more: on pages built of "widgets", or whose story's sections are named for the ads
   * between them, those words name the story's boxes too.
   */
  private static Votes storyVotes(Element body, Junk junk) {
    Votes named = Votes.of(markup(body, junk));
    boolean prose = MainContent.hasProse(named.blocks());
    if (prose && named.story() >= HIDDEN * junk.paragraphChars()) {
      return named;
    }
    Votes plain = Votes.of(markup(body, junk.with(Junk.Names.NO_LAYOUT)));
    if (prose) {
      return plain.story() >= GAIN * named.story() ? plain : named;
    }
    if (MainContent.hasProse(plain.blocks())) {
      return plain;
    }
    Votes shown = firstShowingStory(body, junk.with(Junk.Names.COMMENTS_ONLY));
    return shown == null ? plain : shown;
  }

  /** The page read with fewer and fewer words of names until a story shows, or null. */
  private static Votes firstShowingStory(Element body, Junk junk) {
    Votes votes = Votes.of(markup(body, junk));
    if (votes.story() >= SHOWN) {
      return votes;
    }
    Junk.Names fewer = junk.names().fewer();
    return fewer == null ? null : firstShowingStory(body, junk.with(fewer));
  }

  /** The body's blocks in reading order, each with the furniture its markup names. */
  static List<MarkupBlock> markup(Element body) {
    return markup(body, new Junk(body));
  }

  private static List<MarkupBlock> markup(Element body, Junk junk) {
    HtmlBlocks reader = new HtmlBlocks(junk);
    reader.contexts.push(new Context(null, Block.Shape.TEXT, 0, false));
    NodeTraversor.filter(reader, body);
    reader.flush();
    return reader.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t, node.parent() instanceof Element p ? p : null);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    if (SKIPPED.contains(e.normalName()) || Junk.hidden(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (BLOCK_TAGS.contains(e.normalName())) {
      flush();
    }
    contexts.push(contextOf(e, contexts.peek()));
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      contexts.pop();
      if (BLOCK_TAGS.contains(e.normalName())) {
        flush();
      }
    }
    return FilterResult.CONTINUE;
  }

  private Context contextOf(Element e, Context outer) {
    String tag = e.normalName();
    boolean inArticle = outer.inArticle() || tag.equals("article") || tag.equals("main");
    Furniture kind = outer.junk() != null ? outer.junk() : junk.kindOf(e, inArticle).orElse(null);
    Block.Shape shape = outer.shape();
    if (tag.equals("h1")) {
      shape = Block.Shape.HEADLINE;
    } else if (HEADINGS.contains(tag)) {
      shape = Block.Shape.HEADING;
    } else if (tag.equals("figcaption") || tag.equals("figure")) {
      shape = Block.Shape.CAPTION;
    }
    return new Context(kind, shape, outer.links() + (isLink(e) ? 1 : 0), inArticle);
  }

  /** An anchor that leads somewhere; one that only runs script (a glossary pop-up) is text. */
  private static boolean isLink(Element e) {
    return e.nameIs("a") && e.hasAttr("href")
        && !e.attr("href").regionMatches(true, 0, "javascript:", 0, 11);
  }

  private void append(TextNode node, Element parent) {
    Context context = contexts.peek();
    boolean inLink = context.links() > 0;
    String s = text(node, inLink);
    if (pending != null && !pending.sameBlock(context) && !s.isBlank()) {
      flush();
    }
    if (pending == null && s.isBlank()) {
      return;
    }
    if (pending == null) {
      pending = context;
      owner = parent;
    }
    int chars = s.strip().length();
    if (inLink && chars > 0) {
      leadEnd = leadEnd < 0 ? text.length() : leadEnd;
      linkRuns += lastInLink ? 0 : 1;
    }
    text.append(s);
    linkChars += inLink ? chars : 0;
    lastInLink = chars > 0 ? inLink : lastInLink;
  }

  /**
   * The node's text as jsoup gives it, white space folded, where its characters are counted (in
   * links); elsewhere as it stands, since {@link #flush} folds the block's white space, unless it
   * holds the characters that jsoup turns into a space (no-break) or drops (soft hyphen,
   * zero-width space). Most text is out of links, and so is not copied.
   */
  private static String text(TextNode node, boolean inLink) {
    String raw = node.getWholeText();
    boolean plain = raw.indexOf('\u00A0') < 0 && raw.indexOf('\u00AD') < 0
        && raw.indexOf('\u200B') < 0;
    return inLink || !plain ? node.text() : raw;
  }

  private void flush() {
    String t = Words.squeeze(text.toString());
    if (!t.isEmpty()) {
      blocks.add(new MarkupBlock(t, pending.shape(), pending.junk(),
          Math.min(linkChars, t.length()), linkRuns,
          leadEnd < 0 ? t : Words.squeeze(text.substring(0, leadEnd)), owner));
    }
    text.setLength(0);
    pending = null;
    owner = null;
    linkChars = 0;
    linkRuns = 0;
    leadEnd = -1;
    lastInLink = false;
  }

  /**
   * What the markup around a piece of text says about it: its furniture kind and shape, how many
   * anchors are open, and whether an article or main element holds it.
   */
  private record Context(Furniture junk, Block.Shape shape, int links, boolean inArticle) {
    /** Text in link and out of it may share a block; furniture and shape may not. */
    boolean sameBlock(Context other) {
      return junk == other.junk && shape == other.shape;
    }
  }
}
