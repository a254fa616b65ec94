package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import org.junit.jupiter.api.Test;

/** How the main text of a web page is bounded and read, on small pages made for each rule. */
class HtmlMainTextTest {
  private static final String STORY = """
      <p>Two transport planes landed in Caracas on Saturday, carrying troops, officials said,
      adding that the crews would stay for several weeks at the airport.</p>
      <p>The aircraft, an Ilyushin and an Antonov, arrived from Damascus, according to flight
      tracking data, which showed a stop in Syria on the way.</p>
      """;
  private static final String LINKS = "<div><p><a href='/1'>Ten tips for a winter holiday in the"
      + " mountains this year</a></p><p><a href='/2'>Oil prices climb again after the latest"
      + " meeting of producers</a></p><p><a href='/3'>Why the city's new tram line is late"
      + " again and over its budget</a></p></div>";

  @Test
  void readsAStoryThatOnlyTheNoscriptFallbackHolds() {
    Article a = Cleaned.html("<html><body><script type='text/template'>" + STORY + "</script>"
        + "<noscript>" + STORY + "</noscript>" + LINKS + "</body></html>");
    assertTrue(a.text().startsWith("Two transport planes landed"), a.text());
  }

  @Test
  void readsThePageAfterAnUnclosedElementInNoscript() {
    Article a = Cleaned.html("<html><body><noscript><div id='nojs'></noscript><div>" + STORY
        + "</div></body></html>");
    assertTrue(a.text().contains("arrived from Damascus"), a.text());
  }

  @Test
  void leavesOutRubyReadings() {
    Article a = Cleaned.html("<html><body><p><ruby>法律<rt>ほうりつ</rt></ruby>では<ruby>親"
        + "<rp>(</rp><rt>おや</rt><rp>)</rp></ruby>に専門家が子どもの育て方を教えることになりまし"
        + "た。新しい法律は来年の四月から始まります。</p></body></html>");
    assertTrue(a.text().startsWith("法律では親に専門家が"), a.text());
  }

  @Test
  void countsAnchorsThatOnlyRunScriptAsText() {
    String glossed = "<p>The <a href='javascript:void(0)'>committee</a> asked the <a"
        + " href='javascript:void(0)'>ministry of transport</a> for the <a"
        + " href='javascript:void(0)'>flight records</a> of the <a href='javascript:void(0)'>"
        + "two aircraft</a> today.</p>";
    Article a = Cleaned.html("<html><body><div>" + glossed + STORY + "</div>" + LINKS
        + "</body></html>");
    assertTrue(a.text().startsWith("The committee asked"), a.text());
    assertFalse(a.text().contains("Ten tips"), a.text());
  }

  @Test
  void takesNoParagraphThatUsesTheTitlesWordsForTheHeadline() {
    Article a = Cleaned.html("<html><head><title>Planes land in Caracas</title></head><body>"
        + "<div><p>Not for the first time, planes land in Caracas without notice, and the"
        + " government says nothing about the passengers:</p>" + STORY + "</div></body></html>");
    assertEquals("Planes land in Caracas", a.title());
    assertTrue(a.text().startsWith("Not for the first time"), a.text());
  }

  @Test
  void dropsTheAuthorBoxUnderTheStory() {
    Article a = Cleaned.html("<html><body><article>" + STORY + "<div class='author-box'><p>Jane"
        + " Roe is a senior editor who has covered transport for ten years; she lives in Madrid"
        + " with her two cats.</p></div></article></body></html>");
    assertTrue(a.text().endsWith("a stop in Syria on the way."), a.text());
  }

  @Test
  void dropsCommentsEvenWhenTheyHoldMostOfThePage() {
    String comment = "<p>I have flown that route many times and never once seen a plane of that"
        + " size on the apron, so I doubt the whole story as told here.</p>";
    Article a = Cleaned.html("<html><body><div class='post'>" + STORY + "<div class='comments'>"
        + comment.repeat(4) + "</div></div></body></html>");
    assertTrue(a.text().contains("arrived from Damascus"), a.text());
    assertFalse(a.text().contains("flown that route"), a.text());
  }

  @Test
  void keepsALeadSetAsAHeadingAboveASubheading() {
    Article a = Cleaned.html("<html><body><article><h2>The two planes that landed in Caracas on"
        + " Saturday carried troops and officials from Damascus, and the opposition now wants to"
        + " know who invited them and why nobody was told</h2><h3>Who was aboard</h3>" + STORY
        + "</article></body></html>");
    assertTrue(a.text().startsWith("The two planes that landed"), a.text());
  }

  @Test
  void keepsTheLeadSetApartAboveTheStorysBody() {
    Article a = Cleaned.html("<html><body>" + LINKS + "<div class='intro'><p>Russia sent two"
        + " planes to Venezuela, and nobody in Caracas will say why they came.</p></div><div>"
        + STORY + "</div>" + LINKS + "</body></html>");
    assertTrue(a.text().startsWith("Russia sent two planes"), a.text());
    assertFalse(a.text().contains("Ten tips"), a.text());
  }

  @Test
  void keepsAStandfirstSetAsAHeadingThatABylineSeparatesFromTheStory() {
    Article a = Cleaned.fixture("standfirst-heading.html");
    assertTrue(a.text().startsWith("The harbour of Westport reopened on Monday"), a.text());
    assertTrue(a.text().contains("Divers cleared the wrecks"), a.text());
    assertFalse(a.text().contains("Lifeboat crew wins"), a.text());
  }

  @Test
  void keepsALeadNamedATeaserButNotTheTeasersOfOtherStories() {
    Article a = Cleaned.fixture("standfirst-teaser.html");
    assertTrue(a.text().startsWith("Nach drei Jahren Bauzeit"), a.text());
    assertFalse(a.text().contains("Der Haushalt für das kommende Jahr"), a.text());
  }

  @Test
  void keepsAStandfirstNamedATeaserUnderAHeadlineInsideTheStory() {
    Article a = Cleaned.fixture("standfirst-in-story.html");
    assertTrue(a.text().startsWith("After three years of work"), a.text());
    assertFalse(a.text().contains("spends more on schools"), a.text());
  }

  @Test
  void keepsTheLeadInTheStorysHeaderButNotTheSiteHeader() {
    Article a = Cleaned.fixture("story-header.html");
    assertTrue(a.text().startsWith("Drivers voted on Sunday"), a.text());
    assertFalse(a.text().contains("every morning since"), a.text());
  }

  @Test
  void readsAStoryThatAPageBuilderSetsInWidgetsFromEndToEnd() {
    Article a = Cleaned.fixture("widget-layout.html");
    assertTrue(a.text().contains("was founded in 1974"), a.text());
    assertTrue(a.text().contains("Today it has forty members"), a.text());
    assertFalse(a.text().contains("Concerts"), a.text());
  }

  @Test
  void keepsASentenceThatRunsIntoALongLinkButNotTheLinksToOtherStories() {
    Article a = Cleaned.fixture("link-in-sentence.html");
    assertTrue(a.text().contains("Baker replaces Anna Holt, who for the last eight months"),
        a.text());
    assertFalse(a.text().contains("Ferry fares"), a.text());
  }

  @Test
  void keepsTheStorysOwnParagraphsBesideADenserBoxWithinIt() {
    Article a = Cleaned.fixture("story-beside-box.html");
    assertTrue(a.text().startsWith("The strike at the container terminal"), a.text());
    assertTrue(a.text().contains("eleven ships were waiting"), a.text());
    assertTrue(a.text().endsWith("will not be forgiven soon."), a.text());
    assertFalse(a.text().contains("example.org"), a.text());
  }

  @Test
  void endsTheStoryWhereTheElementThePageDeclaresItsArticleBodyEnds() {
    Article a = Cleaned.fixture("declared-body.html");
    assertTrue(a.text().startsWith("The harbour of Westport reopened"), a.text());
    assertTrue(a.text().endsWith("once the new moorings are laid."), a.text());
  }
}
