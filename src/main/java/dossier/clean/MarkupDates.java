package dossier.clean;

import dossier.clean.Selections.Query;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The publication day a web page's markup gives: JSON-LD, then date meta tags, then a time
 * element marked as the publication's, then a day in the page's address ({@code /2019/03/24/}),
 * then the first time element with a machine-readable date.
 */
final class MarkupDates {
  private static final List<String> DATE = List.of("article:published_time",
      "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
      "publish_date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created",
      "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
      "article.published", "uploaddate");
  private static final Pattern URL_DAY = Pattern.compile(
      "/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?:/|$)");

  private static final Query PUBLISHED_TIME = Query.of("time[itemprop=datePublished][datetime],"
      + " time[pubdate][datetime], [itemprop=datePublished][content]");
  private static final Query CANONICAL = Query.of("link[rel=canonical][href]");
  private static final Query TIME = Query.of("time[datetime]");
  /** The queries {@link #find} reads the answers of. */
  static final List<Query> QUERIES = List.of(PUBLISHED_TIME, CANONICAL, TIME);

  private MarkupDates() {}

  /** The day, from the answers to {@link #QUERIES}, meta tags, JSON-LD and the address. */
  static LocalDate find(Selections page, Map<String, String> metas, Meta ld, String location) {
    return Optional.ofNullable(ld.published())
        .or(() -> Meta.date(HtmlMetadata.first(metas, DATE)))
        .or(() -> Meta.date(timeElement(page)))
        .or(() -> addressDay(page, metas, location))
        .or(() -> Meta.date(firstTime(page)))
        .orElse(null);
  }

  private static String timeElement(Selections page) {
    Element time = page.first(PUBLISHED_TIME);
    if (time == null) {
      return null;
    }
    return time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
  }

  /** The day in the canonical address, the Open Graph one or the one the page came from. */
  private static Optional<LocalDate> addressDay(Selections page, Map<String, String> metas,
      String location) {
    Element canonical = page.first(CANONICAL);
    for (String url : new String[] {canonical == null ? null : canonical.attr("href"),
        metas.get("og:url"), location}) {
      Matcher m = url == null ? null : URL_DAY.matcher(url);
      if (m != null && m.find()) {
        try {
          return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
          // Not a calendar day: look further.
        }
      }
    }
    return Optional.empty();
  }

  /** The first time element with a machine-readable date, as blogs mark posts. */
  private static String firstTime(Selections page) {
    Element time = page.first(TIME);
    return time == null ? null : time.attr("datetime");
  }
}
