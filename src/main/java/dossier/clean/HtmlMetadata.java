package dossier.clean;

import dossier.clean.Selections.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The metadata of a web page: Open Graph and other meta tags, JSON-LD, the title element. */
final class HtmlMetadata {
  private static final List<String> TITLE = List.of("og:title", "twitter:title", "title",
      "dc.title", "headline");
  private static final List<String> OUTLET = List.of("og:site_name", "application-name",
      "publisher", "dc.publisher", "cre");
  private static final List<String> AUTHOR = List.of("author", "article:author", "byl",
      "dc.creator", "parsely-author", "sailthru.author", "citation_author");
  private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
  private static final Pattern DOMAIN = Pattern.compile("\\p{L}\\.(com|net|org|de|at|ch|fr|es|it"
      + "|pl|uk|nl|eu|info|io)$", Pattern.CASE_INSENSITIVE);
  /** "Headline | Site" and "Headline - Site" in title elements. */
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile("\\s+[|–—·›»-]\\s+[^|–—·›»-]{2,60}$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·›»:-]+\\s+");
  /** A heading this short a part of the page title is the site's name, not the headline. */
  private static final double MIN_H1_SHARE = 0.4;
  private static final Query META = Query.of("meta[content]");
  private static final Query JSON_LD = Query.of("script[type=application/ld+json]");
  private static final Query H1 = Query.of("h1");
  private static final List<Query> QUERIES = Stream.of(List.of(META, JSON_LD, H1),
      MarkupDates.QUERIES).flatMap(List::stream).toList();

  private HtmlMetadata() {}

  static Meta read(Document doc) {
    Selections page = Selections.of(doc, QUERIES);
    Map<String, String> metas = metaTags(page.all(META));
    Meta ld = JsonLd.read(page.all(JSON_LD).stream().map(Element::data).toList());
    String outlet = first(first(metas, OUTLET), ld.outlet());
    String title = title(doc, page.first(H1), outlet, first(first(metas, TITLE), ld.title()));
    String author = Stream.of(author(metas), ld.author())
        .filter(a -> a != null && isPerson(a, outlet)).findFirst()
        .or(() -> MarkupAuthors.find(doc).filter(a -> isPerson(a, outlet))).orElse(null);
    return new Meta(title, outlet, author, MarkupDates.find(page, metas, ld, doc.location()));
  }

  /**
   * The page's meta tags by lower-case name (property, name or itemprop), each name's first
   * non-empty content.
   */
  private static Map<String, String> metaTags(List<Element> tags) {
    Map<String, String> metas = new HashMap<>();
    for (Element m : tags) {
      String key = m.hasAttr("property") ? m.attr("property")
          : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      String content = m.attr("content").strip();
      if (!content.isEmpty()) {
        metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
      }
    }
    return metas;
  }

  /** The content of the first of the names that the page has. */
  static String first(Map<String, String> metas, List<String> names) {
    for (String name : names) {
      String content = metas.get(name);
      if (content != null) {
        return content;
      }
    }
    return null;
  }

  private static String author(Map<String, String> metas) {
    String author = first(metas, AUTHOR);
    // article:author is often a profile URL, which is no name.
    if (author == null || author.startsWith("http")) {
      return null;
    }
    return BY.matcher(author).replaceFirst("");
  }

  /**
   * The headline. Page titles add the site's name, so the first h1 wins when a title holds it;
   * else the meta title without a part naming the outlet; else the title element without its
   * last part after a separator.
   */
  private static String title(Document doc, Element firstH1, String outlet, String metaTitle) {
    String element = doc.title().strip();
    String h1 = firstH1 == null ? "" : firstH1.text().strip();
    for (String t : new String[] {metaTitle, element}) {
      if (t != null && holds(t, h1) && (outlet == null || !holds(outlet, h1))) {
        return h1;
      }
    }
    if (metaTitle != null) {
      return withoutOutlet(metaTitle, outlet);
    }
    return element.isEmpty() ? null : TITLE_SUFFIX.matcher(element).replaceFirst("");
  }

  /** Whether the title holds the heading, which is a good part of it. */
  private static boolean holds(String title, String heading) {
    String t = Words.key(title);
    String h = Words.key(heading);
    return Words.count(heading) >= 2 && t.contains(h) && h.length() >= t.length() * MIN_H1_SHARE;
  }

  /** The title without the outlet's name at its start or end. */
  private static String withoutOutlet(String title, String outlet) {
    if (outlet == null) {
      return title;
    }
    String key = Words.key(outlet);
    Matcher m = SEPARATOR.matcher(title);
    MatchResult first = null;
    MatchResult last = null;
    while (m.find()) {
      first = first == null ? m.toMatchResult() : first;
      last = m.toMatchResult();
    }
    if (last != null && Words.key(title.substring(last.end())).equals(key)) {
      return title.substring(0, last.start());
    }
    if (first != null && Words.key(title.substring(0, first.start())).equals(key)) {
      return title.substring(first.end());
    }
    return title;
  }

  /**
   * Whether a name given as the author may be a person's: many pages name their outlet, its
   * domain or its social-media handle there instead.
   */
  private static boolean isPerson(String author, String outlet) {
    String a = Words.key(author);
    if (a.isEmpty() || author.startsWith("@") || DOMAIN.matcher(author.strip()).find()) {
      return false;
    }
    String o = outlet == null ? "" : Words.key(outlet);
    return !a.equals(o);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
