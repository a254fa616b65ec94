package dossier.clean;

import static dossier.clean.Cleaned.STORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How the main text of a web page is bounded and read, on small pages made for each rule. */
class HtmlMainTextTest {
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesMadeForOneRule")
  void boundsTheMainTextOfAPageMadeForOneRule(Page page) {
    String text = Cleaned.fixture(page.fixture()).text();
    // Surefire names a case by its index; the message names the behaviour.
    String read = page + " read: " + text;
    assertTrue(text.startsWith(page.start()), read);
    assertTrue(text.endsWith(page.end()), read);
    page.holds().forEach(snippet -> assertTrue(text.contains(snippet), read));
    page.lacks().forEach(snippet -> assertFalse(text.contains(snippet), read));
  }

  static Stream<Page> pagesMadeForOneRule() {
    return Stream.of(
        Page.of("keepsAStandfirstSetAsAHeadingThatABylineSeparatesFromTheStory",
            "standfirst-heading.html").starts("The harbour of Westport reopened on Monday")
            .holds("Divers cleared the wrecks").lacks("Lifeboat crew wins"),
        Page.of("keepsALeadNamedATeaserButNotTheTeasersOfOtherStories", "standfirst-teaser.html")
            .starts("Nach drei Jahren Bauzeit").lacks("Der Haushalt für das kommende Jahr"),
        Page.of("keepsAStandfirstNamedATeaserUnderAHeadlineInsideTheStory",
            "standfirst-in-story.html").starts("After three years of work")
            .lacks("spends more on schools"),
        Page.of("keepsTheLeadInTheStorysHeaderButNotTheSiteHeader", "story-header.html")
            .starts("Drivers voted on Sunday").lacks("every morning since"),
        Page.of("readsAStoryThatAPageBuilderSetsInWidgetsFromEndToEnd", "widget-layout.html")
            .holds("was founded in 1974", "Today it has forty members").lacks("Concerts"),
        Page.of("readsAStoryWhoseSectionsAreNamedForTheAdsBetweenThem",
            "story-in-ad-named-sections.html").starts("The rooftop grill heats from above")
            .ends("stay noticeably cooler.").lacks("commission"),
        Page.of("readsAStoryInABoxNamedForAPaywallWhenNoOtherProseShows",
            "story-in-paywall-box.html").starts("Few surveys have been quoted")
            .ends("which the survey never asked about.").lacks("I do not agree"),
        Page.of("readsAForumThreadWhosePostsAreNamedCommentsInAFormAroundThePage",
            "forum-thread-in-form.html").holds("does anyone have an idea")
            .lacks("Log in"),
        Page.of("keepsASentenceThatRunsIntoALongLinkButNotTheLinksToOtherStories",
            "link-in-sentence.html")
            .holds("Baker replaces Anna Holt, who for the last eight months").lacks("Ferry fares"),
        Page.of("keepsTheShortLinesOfAListInTheStoryThatNoLinkHolds", "list-in-story.html")
            .starts("This plum cake").holds("250 g plain flour", "a 26 cm tin")
            .ends("bake for fifty minutes at 180 degrees.").lacks("Imprint"),
        Page.of("keepsALeadNamedATeaserAboveAPhotoAndTheStory", "lead-above-photo.html")
            .starts("After four months in dry dock").holds("several shops")
            .lacks("Harbour fees"),
        Page.of("keepsTheStorysOwnParagraphsBesideADenserBoxWithinIt", "story-beside-box.html")
            .starts("The strike at the container terminal").holds("eleven ships were waiting")
            .ends("will not be forgiven soon.").lacks("example.org"),
        Page.of("dropsTheBoxesThatTheirNamesMarkAsDisclaimersLegendsCallsOrContacts",
            "named-boxes.html").starts("The ferry to the outer islands")
            .holds("Engineers worked").ends("yearly inspection at the shipyard.")
            .lacks("repaired pier", "Every small donation", "No ratings", "disclaimer",
                "Missed the islands", "Get in touch"),
        Page.of("readsTheWordsOfNamesWrittenInCamelCase", "camel-case-names.html")
            .holds("Engineers worked").lacks("Click the button"),
        Page.of("dropsTheLabelsOfAnElementThatActsAsAButton", "button-role.html")
            .holds("Engineers worked").lacks("picture"),
        Page.of("dropsTheHeadingAndPitchOfABoxAroundAFormButNotTheStoryHoldingOne",
            "form-box.html").starts("The ferry to the outer islands")
            .ends("yearly inspection at the shipyard."),
        Page.of("dropsATopHeadingBelowTheStorysFirstParagraphButKeepsItsSubheadings",
            "later-headline.html").holds("Repairs").lacks("Support the Island Courier"));
  }

  /**
   * A hand-made page in {@code src/test/resources/clean/}, named for the behaviour it shows, and
   * what its main text starts with, ends with (any start or end when empty), holds and lacks.
   */
  private record Page(String behaviour, String fixture, String start, String end,
      List<String> holds, List<String> lacks) {
    static Page of(String behaviour, String fixture) {
      return new Page(behaviour, fixture, "", "", List.of(), List.of());
    }

    Page starts(String text) {
      return new Page(behaviour, fixture, text, end, holds, lacks);
    }

    Page ends(String text) {
      return new Page(behaviour, fixture, start, text, holds, lacks);
    }

    Page holds(String... snippets) {
      return new Page(behaviour, fixture, start, end, List.of(snippets), lacks);
    }

    Page lacks(String... snippets) {
      return new Page(behaviour, fixture, start, end, holds, List.of(snippets));
    }

    @Override
    public String toString() {
      return behaviour;
    }
  }

  @Test
  void endsTheStoryWhereTheElementThePageDeclaresItsArticleBodyEnds() {
    Article a = Cleaned.fixture("declared-body.html");
    assertTrue(a.text().startsWith("The harbour of Westport reopened"), a.text());
    assertTrue(a.text().endsWith("once the new moorings are laid."), a.text());
  }
}
