package dossier.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
  private static final List<String> DATE = List.of("article:published_time",
      "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
      "publish_date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created",
      "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
      "article.published");
  private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
  /** "Headline | Site" and "Headline - Site" in title elements. */
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");

  private HtmlMetadata() {}

  static Meta read(Document doc) {
    Meta ld = JsonLd.read(doc.select("script[type=application/ld+json]").stream()
        .map(Element::data).toList());
    String outlet = first(meta(doc, OUTLET), ld.outlet());
    String title = first(meta(doc, TITLE), ld.title(), titleElement(doc));
    String author = first(author(doc), ld.author());
    LocalDate published = Optional.ofNullable(ld.published())
        .or(() -> Meta.date(meta(doc, DATE)))
        .or(() -> Meta.date(timeElement(doc)))
        .orElse(null);
    return new Meta(title, outlet, author, published);
  }

  /** The content of the first meta tag with one of the names (name, property or itemprop). */
  private static String meta(Document doc, List<String> names) {
    for (String name : names) {
      for (Element m : doc.select("meta[content]")) {
        String key = m.hasAttr("property") ? m.attr("property")
            : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
        String content = m.attr("content").strip();
        if (key.equalsIgnoreCase(name) && !content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  private static String author(Document doc) {
    String author = meta(doc, AUTHOR);
    // article:author is often a profile URL, which is no name.
    if (author == null || author.startsWith("http")) {
      return null;
    }
    return BY.matcher(author).replaceFirst("");
  }

  private static String timeElement(Document doc) {
    Element time = doc.selectFirst("time[itemprop=datePublished][datetime],"
        + " time[pubdate][datetime], [itemprop=datePublished][content]");
    if (time == null) {
      return null;
    }
    return time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
  }

  private static String titleElement(Document doc) {
    String title = doc.title().strip();
    return title.isEmpty() ? null : TITLE_SUFFIX.matcher(title).replaceFirst("");
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
