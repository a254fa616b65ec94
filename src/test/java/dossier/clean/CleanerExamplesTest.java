package dossier.clean;

import static dossier.clean.Cleaned.reasonFor;
import static dossier.clean.Cleaned.removedAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateSource;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The invented, deliberately noisy reports in examples/. */
class CleanerExamplesTest {
  private static Article example(String name) {
    return Cleaned.file(Path.of("examples", name));
  }

  @Test
  void webPageKeepsTheStoryAndDropsCookieBannerMenuShareBarRelatedAndComments() {
    Article a = example("2019-03-ministry-denial.html");
    assertTrue(a.text().startsWith("MOSCOW - The Russian Defence Ministry on Tuesday denied"),
        a.text());
    assertTrue(a.text().contains("a fantasy invented abroad"));
    assertTrue(a.text().endsWith("a source close to the ministry said."), a.text());
    for (String furniture : new String[] {"cookies", "Politics", "Share on Facebook",
        "Related stories", "Oil prices", "first to comment", "All rights reserved",
        "Photo: Northern Courier archive"}) {
      assertFalse(a.text().contains(furniture), furniture);
      assertTrue(reasonFor(a, furniture) != null, furniture + " should be listed as removed");
    }
    assertEquals("caption", reasonFor(a, "An An-124 transport plane"));
    assertEquals("byline", reasonFor(a, "By Igor Sokolov"));
  }

  @Test
  void webPageMetadataComesFromMetaTagsAndJsonLd() {
    Article a = example("2019-03-ministry-denial.html");
    assertEquals("Ministry denies troop deployment to Venezuela", a.title());
    assertEquals("Northern Courier", a.outlet());
    assertEquals("Igor Sokolov", a.author());
    assertEquals(LocalDate.of(2019, 3, 26), a.published());
    assertEquals(DateSource.METADATA, a.publishedSource());
    assertEquals("en", a.language());
  }

  @Test
  void errorPageLeavesNoText() {
    Article a = example("page-not-found.html");
    assertEquals("", a.text());
    assertFalse(a.removed().isEmpty());
    assertTrue(a.removed().stream().allMatch(r -> r.reason().equals("error-page")),
        a.removed().toString());
    assertEquals("und", a.language());
  }

  @Test
  void wireStoryLosesTheBaseballStoryGluedAfterIt() {
    Article a = example("2019-03-planes-wire.txt");
    assertEquals("unrelated-story", reasonFor(a, "The Valencia Lions beat the Maracay Tigers"));
    assertEquals("unrelated-story", reasonFor(a, "Local baseball team wins"));
    assertFalse(a.text().contains("baseball"));
    // The paragraph after the photo credit is still the story.
    assertTrue(a.text().contains("Opposition lawmaker Ana Lucia Ferrer accused the government"));
    assertTrue(a.text().contains("S-300VM air defence systems"));
  }

  @Test
  void wireStoryDropsMenuBylineTeaserRepeatedHeadlineAndLegalLines() {
    Article a = example("2019-03-planes-wire.txt");
    assertEquals("Two military planes land in Caracas with troops and cargo, officials say",
        a.title());
    assertEquals("boilerplate", reasonFor(a, "Home | World"));
    assertEquals("byline", reasonFor(a, "By Marta Delgado"));
    assertEquals("caption", reasonFor(a, "Photo: A cargo plane"));
    assertEquals("boilerplate", reasonFor(a, "Read more: Venezuela's air defences"));
    assertEquals(1, removedAs(a, "duplicate").size(), a.removed().toString());
    assertEquals("boilerplate", reasonFor(a, "Copyright 2019 Caribbean Wire"));
    assertFalse(a.text().contains(a.title()));
    assertEquals("Marta Delgado", a.author());
    assertEquals("Caribbean Wire", a.outlet());
  }

  @Test
  void syndicatedCopyTakesItsDateFromTheDateLineAndItsOutletFromTheMasthead() {
    Article a = example("2019-03-planes-syndicated.txt");
    assertEquals("Planes with foreign troops land in Venezuela", a.title());
    assertEquals(LocalDate.of(2019, 3, 24), a.published());
    assertEquals(DateSource.TEXT, a.publishedSource());
    assertEquals("The Daily Meridian", a.outlet());
    assertTrue(a.text().startsWith("CARACAS (Caribbean Wire) - Two military transport planes"));
    assertFalse(a.text().contains("Share this article"));
    assertFalse(a.text().contains("Comments (12)"));
  }

  @Test
  void windows1252ReportKeepsItsAccentsAndDropsTheRepeatedHeadlineAndLead() {
    Article a = example("2019-06-drone-training.txt");
    assertTrue(a.text().contains("Julio Benítez Arce denied"));
    assertTrue(a.text().contains("\"El Halcón\""));
    String lead = "Iranian instructors have been training Venezuelan soldiers";
    assertEquals(a.text().indexOf(lead), a.text().lastIndexOf(lead));
    assertEquals("duplicate", reasonFor(a, lead));
    assertEquals("boilerplate", reasonFor(a, "subscribe to our newsletter"));
    assertEquals(LocalDate.of(2019, 6, 12), a.published());
    assertEquals(DateSource.TEXT, a.publishedSource());
    assertEquals("Andes Monitor", a.outlet());
  }

  @Test
  void cleanTextIsParagraphsSeparatedByBlankLines() {
    Article a = example("2019-06-drone-training.txt");
    String[] paragraphs = a.text().split("\n\n");
    assertEquals(5, paragraphs.length, a.text());
    for (String p : paragraphs) {
      assertFalse(p.isBlank() || p.contains("\n"), p);
    }
  }

  @Test
  void reportsWithoutADateGetNone() {
    Article a = example("2019-03-planes-wire.txt");
    assertNull(a.published());
    assertNull(a.publishedSource());
  }
}
