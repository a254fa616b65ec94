package dossier.clean;

import static dossier.clean.Cleaned.reasonFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCleaningTest {
  private static final String PARAGRAPHS = Cleaned.STORY + """
      <p>The opposition accused the government of letting a foreign army in, without the
      approval of the National Assembly, and called for an inquiry.</p>
      """;

  @Test
  void findsTheStoryByTextDensityWithoutArticleMarkup() {
    Article a = Cleaned.html("<html><body><div id='x1'><a href='/'>Home</a> <a href='/w'>World"
        + "</a> <a href='/b'>Business</a></div><div id='x2'>" + PARAGRAPHS + "</div>"
        + "<div id='x3'><p><a href='/1'>Ten tips for a winter holiday in the mountains</a></p>"
        + "<p><a href='/2'>Oil prices climb again after the latest OPEC meeting</a></p></div>"
        + "</body></html>");
    assertTrue(a.text().startsWith("Two transport planes landed in Caracas"), a.text());
    assertTrue(a.text().endsWith("called for an inquiry."), a.text());
    assertEquals(3, a.text().split("\n\n").length);
    assertEquals("boilerplate", reasonFor(a, "Ten tips for a winter holiday"));
    assertEquals("boilerplate", reasonFor(a, "Business"));
  }

  @Test
  void readsMetadataFromJsonLdAlone() {
    Article a = Cleaned.html("""
        <html><head><title>Planes land | Wire</title><script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Wire"},
         {"@type": "NewsArticle", "headline": "Planes land in Caracas",
          "datePublished": "2019-03-24T08:00:00-04:00",
          "author": [{"@type": "Person", "name": "Marta Delgado"}],
          "publisher": {"@type": "Organization", "name": "Caribbean Wire"},}]}
        </script></head><body><article><h1>Planes land in Caracas</h1>""" + PARAGRAPHS
        + "</article></body></html>");
    assertEquals("Planes land in Caracas", a.title());
    assertEquals("Marta Delgado", a.author());
    assertEquals("Caribbean Wire", a.outlet());
    assertEquals(LocalDate.of(2019, 3, 24), a.published());
    assertEquals(DateSource.METADATA, a.publishedSource());
    assertEquals("title", reasonFor(a, "Planes land in Caracas"));
  }

  @Test
  void fallsBackToTheTitleElementAndSkipsHiddenText() {
    Article a = Cleaned.html("<html><head><title>Planes land in Caracas - Wire</title></head>"
        + "<body><div style='display: none'>Please enable JavaScript to continue.</div>"
        + PARAGRAPHS + "</body></html>");
    assertEquals("Planes land in Caracas", a.title());
    assertFalse(a.text().contains("JavaScript"));
    assertNull(a.published());
  }

  @Test
  void toleratesBrokenMarkupAndBrokenJsonLd() {
    Article a = Cleaned.html("<html><head><script type='application/ld+json'>{\"@type\": "
        + "</script><body><p>Unclosed <b>bold <div><p>" + PARAGRAPHS);
    assertTrue(a.text().contains("Two transport planes landed"), a.text());
    assertEquals("", Cleaned.html("").text());
    assertEquals("", Cleaned.html("<html><body><script>var x = 1;</script></body></html>").text());
  }

  @Test
  void dropsTheSiteNameFromPageTitles() {
    Article named = Cleaned.html("<html><head><meta property='og:site_name' content='Caribbean"
        + " Wire'><meta property='og:title' content='Planes land in Caracas - Caribbean Wire'>"
        + "</head><body>" + PARAGRAPHS + "</body></html>");
    assertEquals("Planes land in Caracas", named.title());
    Article headed = Cleaned.html("<html><head><title>Planes land in Caracas, officials say ::"
        + " Wire Online</title></head><body><h1>Planes land in Caracas, officials say</h1>"
        + PARAGRAPHS + "</body></html>");
    assertEquals("Planes land in Caracas, officials say", headed.title());
  }

  @Test
  void datesAPostByItsTimeElement() {
    Article a = Cleaned.html("<html><body><article><time datetime='2019-03-24T10:00'>Sunday"
        + "</time>" + PARAGRAPHS + "</article></body></html>");
    assertEquals(LocalDate.of(2019, 3, 24), a.published());
    assertEquals(DateSource.METADATA, a.publishedSource());
  }

  @Test
  void takesTheAuthorFromAnAuthorLinkAndTheDayFromTheCanonicalAddress() {
    Article a = page("<link rel='canonical' href='https://wire.example/2019/03/24/planes-land/'>",
        "<article><div class='meta'>By <a rel='author' href='/people/md'>Marta Delgado</a></div>"
        + PARAGRAPHS + "</article>");
    assertEquals("Marta Delgado", a.author());
    assertEquals(LocalDate.of(2019, 3, 24), a.published());
  }

  @Test
  void followsJsonLdReferencesToTheAuthorAndSkipsAnAuthorThatIsTheOutlet() {
    Article a = Cleaned.html("""
        <html><head><meta name="author" content="Caribbean Wire">
        <meta property="og:site_name" content="Caribbean Wire">
        <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "Planes",
         "datePublished": "2019-03-24", "author": {"@id": "#marta"}},
         {"@type": "Person", "@id": "#marta", "name": "Marta Delgado"}]}</script>
        </head><body>""" + PARAGRAPHS + "</body></html>");
    assertEquals("Marta Delgado", a.author());
  }

  @Test
  void datesAPageByAShortDateLineAboveTheStory() {
    Article a = page("", "<div class='date-header'>Freitag, 5. Juni 2015</div>" + PARAGRAPHS);
    assertEquals(LocalDate.of(2015, 6, 5), a.published());
  }

  @Test
  void keepsTheStorysHeadingsListsAndQuotesInReadingOrder() {
    Article a = Cleaned.html("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        + "<div class='x'>" + PARAGRAPHS + "<h2>What the crews said</h2><ul><li>They will stay"
        + " for weeks</li><li>They brought supplies</li></ul><blockquote>We are here to help,"
        + " the pilot said.</blockquote><p>The embassy declined to comment on the flights and"
        + " said it would issue a statement later in the week.</p></div><div class='more'>"
        + "<h3>Read also</h3><ul><li><a href='/1'>Ten tips for a winter holiday</a></li><li>"
        + "<a href='/2'>Oil prices climb again</a></li></ul></div></body></html>");
    List<String> kept = List.of(a.text().split("\n\n"));
    int heading = kept.indexOf("What the crews said");
    assertTrue(heading > 0, a.text());
    assertEquals(List.of("They will stay for weeks", "They brought supplies",
        "We are here to help, the pilot said."), kept.subList(heading + 1, heading + 4));
    assertTrue(a.text().endsWith("later in the week."), a.text());
    assertFalse(a.text().contains("Read also"), a.text());
  }

  private static Article page(String head, String body) {
    return Cleaned.html("<html><head>" + head + "</head><body>" + body + "</body></html>");
  }
}
