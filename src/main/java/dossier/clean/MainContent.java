package dossier.clean;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses the main content by text density: each block of prose counts for its characters out
 * of links, each link-heavy block or short linked label against, furniture and short plain text
 * (list items, table cells) not at all; the element of
 * the page whose blocks sum highest is the main content, so it reaches as far as the story's
 * paragraphs go and stops where menus and link lists begin. Headings, lists, tables and quotes
 * inside it stay, in reading order.
 */
final class MainContent {
  /** Blocks with more of their text in links than this are navigation or teasers. */
  private static final double LINK_HEAVY = 0.4;
  private static final double PROSE_MAX_LINKS = 0.3;
  private static final int PROSE_CHARS = 80;
  private static final int SENTENCE_CHARS = 30;
  private static final double LABEL_WEIGHT = 0.5;
  /** Text before a paragraph's one link that makes the link part of a sentence. */
  private static final int LEAD_CHARS = 20;
  /** An ancestor of the densest element is the story when its own paragraphs reach this share */
  private static final double WIDEN_PROSE = 0.1;
  /** ...of the densest element's sum, and its sum is at least this share of it. */
  private static final double WIDEN_KEEP = 0.8;
  /**
   * The element a page declares as the article's body (schema.org's articleBody) is the story
   * when it holds at least this share of the densest element's sum.
   */
  private static final double DECLARED_KEEP = 0.5;
  /** A lead has at least so many words; a label or a date line fewer. */
  private static final int LEAD_WORDS = 8;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Less prose than this (a line or two) is too little to tell the story from the page. */
  private static final double MIN_STORY = 60;

  private MainContent() {}

  /**
   * Which blocks are in the main content; all of them when too little reads as prose. Inside it,
   * link lists and the headings that lead to nothing but them are left out.
   */
  static boolean[] find(Votes votes) {
    List<MarkupBlock> blocks = votes.blocks();
    Element best = votes.densest();
    double bestSum = votes.sum(best);
    best = declaredBody(widen(best, bestSum, votes.sums(), votes.near()), bestSum, votes.sums());
    boolean[] main = new boolean[blocks.size()];
    for (int i = 0; i < main.length; i++) {
      MarkupBlock b = blocks.get(i);
      main[i] = b.junk() == null && (bestSum < MIN_STORY || (within(b.owner(), best)
          && !linkHeavy(b)));
    }
    addLead(blocks, main);
    addStandfirst(blocks, main);
    dropEmptyHeadings(blocks, main);
    dropLaterHeadlines(blocks, main);
    return main;
  }

  /**
   * The densest element, or an ancestor that holds paragraphs of its own beside it: the story's
   * body, when its densest part is a nested box (a long quote, a list of linked summaries, one
   * long paragraph) and the story's own paragraphs sit next to it. The ancestor must lose little
   * of the sum on what else it holds, and its own paragraphs must be close under it, not deep in
   * side boxes.
   */
  private static Element widen(Element best, double bestSum, Map<Element, Double> sums,
      Map<Element, List<MarkupBlock>> near) {
    Element story = best;
    for (Element p = best == null ? null : best.parent(); p != null; p = p.parent()) {
      if (sums.getOrDefault(p, 0.0) >= WIDEN_KEEP * bestSum
          && ownProse(p, story, near) >= WIDEN_PROSE * bestSum) {
        story = p;
      }
    }
    return story;
  }

  /**
   * The element the page's markup declares as the article's body, when it holds much of the
   * prose, else the story found by density: the page's own word on where its story ends beats
   * widening, which takes in a box of prose beside the story in the same wrapper (a note on the
   * publisher, an appeal for support).
   */
  private static Element declaredBody(Element story, double bestSum, Map<Element, Double> sums) {
    Element declared = story;
    double most = DECLARED_KEEP * bestSum;
    for (Map.Entry<Element, Double> s : sums.entrySet()) {
      if (s.getValue() >= most && declaresBody(s.getKey())) {
        declared = s.getKey();
        most = s.getValue();
      }
    }
    return declared;
  }

  /** Whether the element's microdata property is the article's body. */
  private static boolean declaresBody(Element e) {
    String property = e.attr("itemprop");
    if (property.isEmpty()) {
      return false;
    }
    for (String name : SPACES.split(property.strip())) {
      if (name.equalsIgnoreCase("articleBody")) {
        return true;
      }
    }
    return false;
  }

  /** The prose close under an element, not counting what is inside one of its children. */
  private static double ownProse(Element e, Element child, Map<Element, List<MarkupBlock>> near) {
    double prose = 0;
    for (MarkupBlock b : near.getOrDefault(e, List.of())) {
      // Close under e and inside the child means the child or one of its children owns it.
      if (b.owner() != child && b.owner().parent() != child) {
        prose += value(b);
      }
    }
    return prose;
  }

  /** Whether any prose is left out of furniture: as much as the shortest story has. */
  static boolean hasProse(List<MarkupBlock> blocks) {
    double prose = 0;
    for (MarkupBlock b : blocks) {
      prose += Math.max(0, value(b));
    }
    return prose >= MIN_STORY;
  }

  /** What the block says for the element holding it being the story. */
  static double value(MarkupBlock b) {
    if (b.junk() != null) {
      return 0;
    }
    int chars = b.text().length();
    double links = b.linkDensity();
    if (linkHeavy(b)) {
      return -chars;
    }
    if (b.shape() == Block.Shape.HEADLINE || b.shape() == Block.Shape.HEADING) {
      return 0;
    }
    if (chars >= PROSE_CHARS && (links < PROSE_MAX_LINKS || linkInSentence(b))) {
      return chars - b.linkChars();
    }
    if (chars >= SENTENCE_CHARS && Words.endsSentence(b.text())) {
      return (chars - b.linkChars()) * LABEL_WEIGHT;
    }
    // Short text out of links (an ingredient, a name in a list, a table cell) is no vote: what
    // the story stops at, menus and link lists, is links.
    return b.linkChars() == 0 ? 0 : -chars * LABEL_WEIGHT;
  }

  /** Navigation, a teaser or a list of links: mostly link text, unless one link in a sentence. */
  private static boolean linkHeavy(MarkupBlock b) {
    return b.linkDensity() > LINK_HEAVY && !linkInSentence(b);
  }

  /**
   * A sentence that runs into one long link ("He replaced X, <a>who had led ...</a>."): prose
   * that cites a source or an earlier story. A teaser's link stands alone or follows a label.
   */
  private static boolean linkInSentence(MarkupBlock b) {
    return b.linkRuns() == 1 && b.lead().length() >= LEAD_CHARS
        && !Words.endsSentence(b.lead()) && b.text().length() >= PROSE_CHARS
        && Words.endsSentence(b.text());
  }

  /**
   * Adds the prose just above the main content: a lead or standfirst that the page sets apart
   * from the story's body, even when its markup is named a teaser. Headings and pictures between
   * are passed over; other furniture or a link list ends it.
   */
  private static void addLead(List<MarkupBlock> blocks, boolean[] main) {
    int first = firstKept(main);
    if (first == main.length) {
      return;
    }
    for (int i = first - 1; i >= 0; i--) {
      MarkupBlock b = blocks.get(i);
      double v = value(b);
      if (namedTeaser(b)) {
        main[i] = true;
      } else if (b.junk() != Furniture.CAPTION) {
        if (b.junk() != null || v < 0) {
          return;
        }
        main[i] = v > 0;
      }
    }
  }

  /**
   * Prose, not a link, in markup named a teaser: the lead, as many sites name it; a teaser for
   * another story is its link.
   */
  private static boolean namedTeaser(MarkupBlock b) {
    return b.junk() == Furniture.TEASER && b.linkDensity() <= PROSE_MAX_LINKS
        && Words.count(b.text()) >= LEAD_WORDS;
  }

  /**
   * Adds the standfirst between the headline and the main content: prose, often set as a
   * heading, that a byline, share buttons or a picture part from the story's body. Many sites
   * name it a teaser, which elsewhere names links to other stories; those are links, this is
   * not. A headline that is a link is the site's logo, and heads no story. The headline is the
   * last one above the main content or, when the main content holds the story's header, the
   * first one in it; then the standfirst ends at the first paragraph of the body.
   */
  private static void addStandfirst(List<MarkupBlock> blocks, boolean[] main) {
    int first = firstKept(main);
    int headline = first - 1;
    while (headline >= 0 && (blocks.get(headline).shape() != Block.Shape.HEADLINE
        || blocks.get(headline).linkDensity() > LINK_HEAVY)) {
      headline--;
    }
    int kept = keptHeadline(blocks, main);
    addProseBetween(blocks, main, headline, first);
    int body = kept < 0 ? main.length : nextProse(blocks, main, kept);
    if (body < main.length) {
      addProseBetween(blocks, main, kept, body);
    }
  }

  /** Adds the prose after the headline and before the block {@code end}. */
  private static void addProseBetween(List<MarkupBlock> blocks, boolean[] main, int headline,
      int end) {
    for (int i = headline + 1; headline >= 0 && i < end; i++) {
      MarkupBlock b = blocks.get(i);
      boolean unnamed = b.junk() == null || b.junk() == Furniture.TEASER;
      main[i] |= unnamed && b.linkDensity() <= PROSE_MAX_LINKS && Words.isProse(b.text());
    }
  }

  /** The first kept paragraph after a block, or the number of blocks when none is. */
  private static int nextProse(List<MarkupBlock> blocks, boolean[] main, int from) {
    int i = from + 1;
    while (i < main.length && !(main[i] && value(blocks.get(i)) > 0)) {
      i++;
    }
    return i;
  }

  /** The first headline in the main content that is not a link, or -1. */
  private static int keptHeadline(List<MarkupBlock> blocks, boolean[] main) {
    for (int i = 0; i < main.length; i++) {
      if (main[i] && blocks.get(i).shape() == Block.Shape.HEADLINE
          && blocks.get(i).linkDensity() <= LINK_HEAVY) {
        return i;
      }
    }
    return -1;
  }

  private static int firstKept(boolean[] main) {
    int first = 0;
    while (first < main.length && !main[first]) {
      first++;
    }
    return first;
  }

  /**
   * Top headings (h1) below the story's first paragraph: pages head the story's sections with
   * lesser headings, so an h1 once the body has begun titles a box set into it (an appeal for
   * support, a list of partners) or another story.
   */
  private static void dropLaterHeadlines(List<MarkupBlock> blocks, boolean[] main) {
    boolean bodyBegun = false;
    for (int i = 0; i < main.length; i++) {
      if (main[i]) {
        main[i] = !(bodyBegun && blocks.get(i).shape() == Block.Shape.HEADLINE);
        bodyBegun |= value(blocks.get(i)) > 0;
      }
    }
  }

  /** Headings and labels ("See also:") that head nothing kept, such as a list of links. */
  private static void dropEmptyHeadings(List<MarkupBlock> blocks, boolean[] main) {
    boolean contentBelow = false;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      MarkupBlock b = blocks.get(i);
      if (!main[i] || b.junk() != null) {
        continue;
      }
      if (isLabel(b)) {
        main[i] = contentBelow;
        contentBelow = false;
      } else {
        contentBelow = true;
      }
    }
  }

  /** Headings and short lines ending in a colon; a lead set as a heading is prose, no label. */
  private static boolean isLabel(MarkupBlock b) {
    boolean heading = b.shape() == Block.Shape.HEADING || b.shape() == Block.Shape.HEADLINE;
    return (heading && !Words.isProse(b.text()))
        || (b.text().length() < SENTENCE_CHARS && b.text().endsWith(":"));
  }

  private static boolean within(Element e, Element ancestor) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }
}
