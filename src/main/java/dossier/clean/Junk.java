package dossier.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture in markup: by element (nav, aside, footer, forms and the
 * {@link FormBoxes boxes around them}), by ARIA role, and by the words in class names and ids
 * ("share-bar", "cookie-consent", "comments"), which also name the one-off boxes set inside a
 * story: a disclaimer, a picture's legend, a call to action, a contact box. Layout words are
 * ignored where the names also speak of content ("content-sidebar-wrap"), and no element
 * holding most of the page's paragraphs is furniture: it is a wrapper, whatever its name,
 * unless it is named for comments, which may well outgrow the story they follow.
 */
final class Junk {
  private static final Map<String, Furniture> TOKENS = Map.ofEntries(
      Map.entry("comment", Furniture.COMMENTS), Map.entry("comments", Furniture.COMMENTS),
      Map.entry("disqus", Furniture.COMMENTS), Map.entry("discussion", Furniture.COMMENTS),
      Map.entry("replies", Furniture.COMMENTS), Map.entry("respond", Furniture.COMMENTS),
      Map.entry("related", Furniture.TEASER), Map.entry("recommended", Furniture.TEASER),
      Map.entry("readmore", Furniture.TEASER), Map.entry("teaser", Furniture.TEASER),
      Map.entry("teasers", Furniture.TEASER), Map.entry("outbrain", Furniture.TEASER),
      Map.entry("taboola", Furniture.TEASER), Map.entry("trending", Furniture.TEASER),
      Map.entry("popular", Furniture.TEASER), Map.entry("mostread", Furniture.TEASER),
      Map.entry("share", Furniture.SHARE), Map.entry("sharing", Furniture.SHARE),
      Map.entry("social", Furniture.SHARE), Map.entry("sharebar", Furniture.SHARE),
      Map.entry("addthis", Furniture.SHARE), Map.entry("sharethis", Furniture.SHARE),
      Map.entry("cookie", Furniture.COOKIES), Map.entry("cookies", Furniture.COOKIES),
      Map.entry("consent", Furniture.COOKIES), Map.entry("gdpr", Furniture.COOKIES),
      Map.entry("newsletter", Furniture.SIGNUP), Map.entry("subscribe", Furniture.SIGNUP),
      Map.entry("subscription", Furniture.SIGNUP), Map.entry("signup", Furniture.SIGNUP),
      Map.entry("paywall", Furniture.SIGNUP), Map.entry("login", Furniture.SIGNUP),
      Map.entry("byline", Furniture.BYLINE), Map.entry("dateline", Furniture.BYLINE),
      Map.entry("author", Furniture.BYLINE), Map.entry("bio", Furniture.BYLINE),
      Map.entry("caption", Furniture.CAPTION), Map.entry("credit", Furniture.CAPTION),
      Map.entry("credits", Furniture.CAPTION), Map.entry("copyright", Furniture.LEGAL),
      Map.entry("disclaimer", Furniture.LEGAL), Map.entry("disclosure", Furniture.LEGAL),
      Map.entry("legend", Furniture.CAPTION), Map.entry("rating", Furniture.LAYOUT),
      Map.entry("ratings", Furniture.LAYOUT));
  private static final Set<String> LAYOUT_TOKENS = Set.of("nav", "navbar", "navigation", "menu",
      "breadcrumb", "breadcrumbs", "pagination", "pager", "skip", "masthead", "topbar", "footer",
      "sidebar", "widget", "widgets", "ad", "ads", "advert", "adverts", "advertisement", "sponsor",
      "sponsored", "promo", "banner", "popup", "modal", "toolbar", "tags", "overlay", "header",
      "flyout", "cta", "contact");
  private static final Set<String> LAYOUT_TAGS = Set.of("nav", "aside", "footer", "header",
      "dialog", "menu");
  /** Roles of page regions and of controls: a "button" holds a control's label, no text. */
  private static final Set<String> LAYOUT_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "button");
  /** What a page hangs its layout on, never junk itself. */
  private static final Set<String> FRAME_TAGS = Set.of("html", "body", "main", "article");
  private static final Pattern CONTENT_NAMES = Pattern.compile(
      "article|body|content|entry|main|post|story|text|blog");
  /** An element with more than this share of the page's paragraph text is a wrapper. */
  private static final double WRAPPER_SHARE = 0.5;

  private final ParagraphChars paragraphs;
  private final Set<Element> formBoxes;
  /** Answers by class and id: a page repeats the same few names on many elements. */
  private final Map<String, Optional<Furniture>> byNames = new HashMap<>();

  /**
   * Which words of class names and ids count, from all of them to none: each level reads a page
   * whose names hide its story at the level before.
   */
  enum Names {
    ALL, NO_LAYOUT, COMMENTS_ONLY, NONE;

    /** The next level, or null after the last. */
    Names fewer() {
      return this == NONE ? null : values()[ordinal() + 1];
    }
  }

  private final Names names;

  Junk(Element body) {
    this(new ParagraphChars(body), FormBoxes.of(body), Names.ALL);
  }

  private Junk(ParagraphChars paragraphs, Set<Element> formBoxes, Names names) {
    this.paragraphs = paragraphs;
    this.formBoxes = formBoxes;
    this.names = names;
  }

  /** All the paragraph text of the page, in characters. */
  int paragraphChars() {
    return paragraphs.page();
  }

  /**
   * The same page read with fewer words of class names and ids: without layout words for pages
   * built of "widgets" and "sidebars" from end to end, where those words name every box, the
   * story's too; then without furniture words (a story in a "paywall" box); then without any
   * (a forum thread, whose posts are named comments), and with forms read as wrappers (a page
   * that sets its whole body in one form).
   */
  Junk with(Names fewer) {
    return new Junk(paragraphs, formBoxes, fewer);
  }

  Names names() {
    return names;
  }

  /**
   * The kind of furniture the element is. Headers are only furniture outside an article: inside
   * one they hold the headline and byline.
   */
  Optional<Furniture> kindOf(Element e, boolean inArticle) {
    Optional<Furniture> kind = byMarkup(e, inArticle);
    if (kind.isEmpty() || kind.get() == Furniture.COMMENTS) {
      return kind;
    }
    return isWrapper(e) || (kind.get() == Furniture.LAYOUT && headsStory(e))
        ? Optional.empty() : kind;
  }

  /**
   * A header holding a headline that links nowhere is the story's header (headline, standfirst,
   * byline), not the site's masthead, whose top heading is its name linking home.
   */
  private static boolean headsStory(Element e) {
    if (!e.nameIs("header") && !hasToken(e, "header")) {
      return false;
    }
    for (Element h : e.getElementsByTag("h1")) {
      if (h.getElementsByTag("a").isEmpty() && h.closest("a") == null) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasToken(Element e, String token) {
    String names = e.className() + " " + e.id();
    return names.toLowerCase(Locale.ROOT).contains(token) && tokens(names).contains(token);
  }

  /** Whether the element is one a page hangs its layout on, never furniture itself. */
  static boolean isFrame(Element e) {
    return FRAME_TAGS.contains(e.normalName());
  }

  private Optional<Furniture> byMarkup(Element e, boolean inArticle) {
    String tag = e.normalName();
    if (FRAME_TAGS.contains(tag)) {
      return Optional.empty();
    }
    if ((tag.equals("form") || formBoxes.contains(e)) && names != Names.NONE) {
      return Optional.of(Furniture.SIGNUP);
    }
    if (LAYOUT_TAGS.contains(tag) && !(inArticle && tag.equals("header"))) {
      return Optional.of(Furniture.LAYOUT);
    }
    // Most elements have no attributes, and the parser lower-cases the names of the rest's, so
    // keys are looked up as spelt, not each case-blind.
    if (e.attributesSize() == 0) {
      return Optional.empty();
    }
    Attributes attributes = e.attributes();
    if (LAYOUT_ROLES.contains(attributes.get("role").toLowerCase(Locale.ROOT))) {
      return Optional.of(Furniture.LAYOUT);
    }
    // schema.org's author: the writer's name, or a box about them set after the story.
    if (attributes.get("itemprop").equalsIgnoreCase("author")) {
      return Optional.of(Furniture.BYLINE);
    }
    // At the last level no word of a name counts: there is nothing to split them for.
    if (names == Names.NONE || !attributes.hasKey("class") && !attributes.hasKey("id")) {
      return Optional.empty();
    }
    String classAndId = attributes.get("class").trim() + " " + attributes.get("id");
    if (classAndId.isBlank()) {
      return Optional.empty();
    }
    return byNames.computeIfAbsent(inArticle + " " + classAndId,
        key -> byName(classAndId, inArticle));
  }

  /** Hidden elements hold no text a reader sees. */
  static boolean hidden(Element e) {
    // Asked of every element: many have no attributes to look through.
    if (e.attributesSize() == 0) {
      return false;
    }
    Attributes attributes = e.attributes();
    if (attributes.hasKey("hidden") || attributes.get("aria-hidden").equals("true")) {
      return true;
    }
    // Most have no style to fold.
    String style = attributes.get("style");
    if (style.isEmpty()) {
      return false;
    }
    style = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  private Optional<Furniture> byName(String classAndId, boolean inArticle) {
    // Most names hold no layout word, so the content words are looked for only after one, once.
    Boolean speaksOfContent = null;
    for (String token : tokens(classAndId)) {
      Furniture kind = TOKENS.get(token);
      if (kind != null && counts(kind)) {
        return Optional.of(kind);
      }
      if (names == Names.ALL && LAYOUT_TOKENS.contains(token)
          && !(inArticle && token.equals("header"))) {
        if (speaksOfContent == null) {
          speaksOfContent = CONTENT_NAMES.matcher(classAndId.toLowerCase(Locale.ROOT)).find();
        }
        if (!speaksOfContent) {
          return Optional.of(Furniture.LAYOUT);
        }
      }
    }
    return Optional.empty();
  }

  private boolean counts(Furniture kind) {
    return names.compareTo(Names.NO_LAYOUT) <= 0
        || (names == Names.COMMENTS_ONLY && kind == Furniture.COMMENTS);
  }

  /**
   * The lower-cased words of names, each run of letters and digits, split where a capital
   * follows a small letter: "share-bar__top" gives share, bar and top, "BorlabsCookie" borlabs
   * and cookie. A loop, not a regex split: a page has hundreds of names to read.
   */
  private static List<String> tokens(String names) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= names.length(); i++) {
      boolean hump = i > start && i < names.length() && isCapital(names.charAt(i))
          && !isCapital(names.charAt(i - 1)) && !isDigit(names.charAt(i - 1));
      if (i == names.length() || !isTokenChar(names.charAt(i)) || hump) {
        if (i > start) {
          tokens.add(names.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = hump ? i : i + 1;
      }
    }
    return tokens;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || isCapital(c) || isDigit(c);
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean isWrapper(Element e) {
    int page = paragraphs.page();
    return page > 0 && paragraphs.of(e) > page * WRAPPER_SHARE;
  }
}
