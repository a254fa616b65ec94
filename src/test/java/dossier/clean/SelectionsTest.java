package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.clean.Selections.Query;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SelectionsTest {
  private static final String PAGE = "<html><head><meta property=og:title content=Ferry>"
      + "<meta name=empty><link rel=canonical href=/2019/03/24/ferry></head>"
      + "<body class=author-page>"
      + "<h1>Ferry</h1><p class='Byline'>By <a rel=author href=/author/ana>Ana</a></p>"
      + "<div itemprop=author><span itemprop=name>Ana</span></div><h1>Second</h1>"
      + "<nav data-role=Main><a href=/>Home</a></nav><time pubdate>Sunday</time>"
      + "<p ITEMPROP=datePublished content=2019-03-24>24 March</p></body></html>";

  @Test
  void answersEachQueryAsElementSelectDoes() {
    Document doc = Jsoup.parse(PAGE, "https://example.org/");
    List<String> css = List.of("meta[content]", "h1", "link[rel=canonical][href]",
        "[rel=author], [itemprop=author]", "[class*=author], [class*=byline]",
        "a[href*=/author/]", "time[datetime]", "[data-role=main], nav",
        "time[pubdate][datetime], [itemprop=datePublished][content]", "p a[href]", "nav > a");
    List<Query> queries = css.stream().map(Query::of).toList();
    Selections found = Selections.of(doc, queries);
    for (int i = 0; i < css.size(); i++) {
      assertEquals(doc.select(css.get(i)), found.all(queries.get(i)), css.get(i));
    }
    assertNull(found.first(queries.get(6)));
  }

  @Test
  void looksOnlyUnderItsRootAndAtTheRootItself() {
    Document doc = Jsoup.parse(PAGE, "https://example.org/");
    Query authorClass = Query.of("[class*=author]");
    Selections found = Selections.of(doc.body(), List.of(authorClass));
    assertEquals(doc.body(), found.first(authorClass));
  }
}
