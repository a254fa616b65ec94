package dossier.clean;

import static dossier.clean.Cleaned.reasonFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateSource;
import dossier.model.RawDoc;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextCleaningTest {
  private static final String STORY = """
      Russian bombers land in Venezuela

      CARACAS (Wire) - Two Russian strategic bombers landed in Venezuela on Monday, the defence \
      ministry in Caracas said, in a show of support for President Nicolas Maduro's government.

      The Tu-160 bombers flew some 10,000 km to reach Venezuela, the Russian defence ministry \
      said, adding that the crews would take part in joint exercises with Venezuelan pilots.

      Venezuelan Defence Minister Vladimir Padrino said the bombers' visit was part of a \
      cooperation deal with Russia and that Venezuela would defend itself.
      """;

  @Test
  void keepsAStoryThatGoesOnAfterAPhotoCreditOrAMidStoryTeaser() {
    Article a = Cleaned.text(STORY + """

        (Photo by Jane Roe/Wire)

        Padrino said the Russian crews would return home after the exercises with the \
        Venezuelan air force, which flies Russian Sukhoi jets.

        READ MORE: What the bombers can do

        The Russian defence ministry said the bombers would return to Russia after the \
        Venezuelan exercises.
        """);
    assertTrue(a.text().contains("Padrino said the Russian crews would return"), a.text());
    assertTrue(a.text().contains("bombers would return to Russia"), a.text());
    assertEquals("caption", reasonFor(a, "Photo by Jane Roe"));
    assertEquals("boilerplate", reasonFor(a, "READ MORE"));
  }

  @Test
  void aParagraphRightAfterAPhotoGoesOnWithTheStoryWhateverItsWords() {
    Article a = Cleaned.text(STORY + """

        (Photo by Jane Roe/Wire)

        Residents gathered near the runway to watch, and some waved flags and cheered loudly \
        as the huge aircraft taxied slowly towards the terminal building, escorted by jeeps.
        """);
    assertTrue(a.text().contains("Residents gathered near the runway"), a.removed().toString());
  }

  @Test
  void aParagraphOpeningWithAConnectiveAfterATeaserGoesOnWithTheStoryInAnyLanguage() {
    Article a = Cleaned.text("""
        Des bombardiers russes atterrissent au Venezuela

        CARACAS (Wire) - Deux bombardiers stratégiques russes ont atterri lundi au Venezuela, \
        a indiqué le ministère de la Défense à Caracas, en signe de soutien au gouvernement du \
        président Nicolas Maduro.

        Les bombardiers Tu-160 ont parcouru quelque 10 000 km pour rejoindre le Venezuela, a \
        précisé le ministère russe de la Défense, ajoutant que les équipages participeraient à \
        des exercices conjoints avec des pilotes vénézuéliens.

        À lire aussi : Ce que peuvent faire ces avions

        Mais à Washington, le secrétaire d'État a dénoncé une provocation et appelé les pays \
        voisins à rester vigilants face à cette démonstration de force.
        """);
    assertTrue(a.text().contains("Mais à Washington"), a.removed().toString());
    assertEquals("boilerplate", reasonFor(a, "À lire aussi"));
  }

  @Test
  void aTeaserWithItsHeadlineAloneBetweenParagraphsIsALinkInsideTheStory() {
    String after = """

        READ ALSO: What the Tu-160 bombers can do

        Washington officials described the Russian flights as a provocation and warned \
        Caracas against closer military ties with Moscow, diplomats said.
        """;
    Article a = Cleaned.text(STORY + after);
    assertTrue(a.text().contains("Washington officials described"), a.removed().toString());
    Article card = Cleaned.text(STORY + after.replace("do\n", "do\n\n(Photo by Jane Roe/Wire)\n"));
    assertEquals("unrelated-story", reasonFor(card, "Washington officials described"));
  }

  @Test
  void aCreditTakesTheFragmentAboveItAsItsCaptionButNotASentenceOfTheStory() {
    String page = STORY.replace("\n\n", "\n")
        .replace("pilots.\n", "pilots.\nA Tu-160 bomber at Maiquetia airport\n"
            + "Photo: Jane Roe/Wire\n")
        .replace("Maduro's government.\n", "Maduro's government.\n"
            + "The bombers will fly home after the exercises end next week, the ministry said.\n"
            + "Photo: John Doe/Wire\n");
    Article a = Cleaned.text(page);
    assertEquals("caption", reasonFor(a, "A Tu-160 bomber at Maiquetia"));
    assertTrue(a.text().contains("fly home after the exercises"), a.removed().toString());
  }

  @Test
  void removesAStoryAfterAMoreStoriesMarker() {
    Article a = Cleaned.text(STORY + """

        More stories

        Storm floods coastal towns in Portugal

        Heavy rain flooded streets in three coastal towns in northern Portugal overnight, and \
        firefighters rescued dozens of residents trapped in their homes, local officials said.
        """);
    assertEquals("unrelated-story", reasonFor(a, "Heavy rain flooded streets"));
    assertEquals("unrelated-story", reasonFor(a, "Storm floods coastal towns"));
    assertTrue(a.text().endsWith("Venezuela would defend itself."), a.text());
  }

  @Test
  void onceAnotherStoryIsFoundStoriesBehindPhotosGoToo() {
    Article a = Cleaned.text(STORY + """

        SEE ALSO: Storm floods coastal towns in Portugal

        Heavy rain flooded streets in three coastal towns in northern Portugal overnight, and \
        firefighters rescued dozens of residents trapped in their homes, local officials said.

        (Photo by John Doe/Wire)

        Venezuela's national football team named a Russian coach on Friday, after a string of \
        defeats in the qualifiers left the team with little hope of reaching the finals.
        """);
    assertEquals("unrelated-story", reasonFor(a, "Heavy rain flooded streets"));
    assertEquals("unrelated-story", reasonFor(a, "named a Russian coach"));
  }

  @Test
  void dropsACallThatClosesTheStoryOfAFlattenedPageBeforeItsFooter() {
    String page = STORY.lines().filter(l -> !l.isBlank()).map(l -> l + "\n")
        .collect(java.util.stream.Collectors.joining())
        + "¡Mira lo que tiene nuestro canal de YouTube!\nAbout us\nContact\nPrivacy\n"
        + "The Daily Wire is a member of the Independent Press Standards Organisation\n";
    Article a = Cleaned.text(page);
    assertTrue(a.text().endsWith("Venezuela would defend itself."), a.text());
  }

  @Test
  void removesCommentsAfterACommentSectionMarker() {
    Article a = Cleaned.text(STORY + """

        47 Comments

        I think the bombers are a message to Washington about Venezuela and Russia, honestly.
        """);
    assertEquals("boilerplate", reasonFor(a, "a message to Washington"));
  }

  @Test
  void keepsAnErrorLineInAReportButEmptiesAnErrorPage() {
    Article report = Cleaned.text("403 Forbidden\n\n" + STORY);
    assertEquals("error-page", reasonFor(report, "403 Forbidden"));
    assertTrue(report.text().contains("Two Russian strategic bombers"));
    Article page = Cleaned.text("Access Denied\n\nYou don't have permission to access this "
        + "server.\n\nReference #18.4f2a1b");
    assertEquals("", page.text());
  }

  @Test
  void takesTheHeadlineAndTheDatelineAgency() {
    Article a = Cleaned.text(STORY);
    assertEquals("Russian bombers land in Venezuela", a.title());
    assertEquals("Wire", a.outlet());
    assertEquals("title", reasonFor(a, "Russian bombers land in Venezuela"));
    assertTrue(a.text().startsWith("CARACAS (Wire) - Two Russian"));
  }

  @Test
  void estimatesTheDateFromTheDatesTheTextMentions() {
    Article a = Cleaned.text(STORY + "\nThe exercises began on Dec. 10, 2018, and end on "
        + "December 14, 2018, officials said. Talks resume on Dec. 10, 2018.\n");
    assertEquals(LocalDate.of(2018, 12, 10), a.published());
    assertEquals(DateSource.ESTIMATED, a.publishedSource());
  }

  @Test
  void usesTheFilePropertiesOfPdfAndWordDocuments() {
    RawDoc raw = new RawDoc("report.pdf", RawDoc.Format.TEXT, STORY,
        Map.of("dc:title", "Bombers in Venezuela", "dc:creator", "Ana Roe",
            "dcterms:created", "2018-12-11T09:00:00Z"), "hash");
    Article a = new Cleaner().clean(raw);
    assertEquals("Bombers in Venezuela", a.title());
    assertEquals("Ana Roe", a.author());
    assertEquals(LocalDate.of(2018, 12, 11), a.published());
    assertEquals(DateSource.METADATA, a.publishedSource());
  }

  @Test
  void detectsTheLanguageOrSaysUndetermined() {
    assertEquals("en", Cleaned.text(STORY).language());
    assertEquals("es", Cleaned.text("Dos bombarderos rusos aterrizaron en Venezuela el lunes, "
        + "según informó el ministerio de Defensa en Caracas, en una muestra de apoyo al "
        + "gobierno del presidente Nicolás Maduro.").language());
    assertEquals("und", Cleaned.text("Bombers land.").language());
  }

  @Test
  void keepsTheStoryOfAFlattenedPageAndDropsItsMenusSidebarAndFooter() {
    String page = """
        Bombers land in Venezuela | The Daily Wire
        Home
        World
        Business
        Sport
        Search
        Most read: Storm floods coastal towns
        Bombers land in Venezuela
        """ + STORY.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l + "\n")
        .collect(java.util.stream.Collectors.joining()) + """
        Tags
        Venezuela
        Russia
        About us
        Contact
        Privacy
        Archive January 2019 (12) February 2019 (9) March 2019 (14)
        """;
    Article a = Cleaned.text(page);
    assertTrue(a.text().contains("CARACAS (Wire) - Two Russian"), a.text());
    assertTrue(a.text().contains("joint exercises with Venezuelan pilots."), a.text());
    assertTrue(a.text().endsWith("Venezuela would defend itself."), a.text());
    for (String furniture : new String[] {"Business", "About us", "Archive January 2019"}) {
      assertEquals("boilerplate", reasonFor(a, furniture), furniture);
    }
  }

  @Test
  void neverFailsOnOddInput() {
    for (String odd : new String[] {"", "   \n\n  ", "\u0000\u0001\u0002", "x".repeat(100_000),
        "|||\n---\n***", "By\n\nBy ", "©", "Read more\n\nRead more\n\nComments"}) {
      Article a = Cleaned.text(odd);
      assertTrue(a.text().length() <= odd.length());
    }
    assertEquals("", Cleaned.text("").title());
    assertNull(Cleaned.text("").published());
  }
}
