package dossier.clean;

import static dossier.clean.Cleaned.reasonFor;
import static dossier.clean.Cleaned.removedAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.Shared;
import dossier.model.Article;
import org.junit.jupiter.api.Test;

/** Real scraped reports from the shared samples. */
class CleanerSamplesTest {

  @Test
  void reutersReportLosesTheStoriesAppendedAfterIt() {
    Article a = Cleaned.file(Shared.sample("001_"));
    assertEquals("unrelated-story", reasonFor(a, "the Pentagon announced on Wednesday"));
    assertEquals("unrelated-story", reasonFor(a, "solo flight in the U-2"));
    assertEquals("unrelated-story", reasonFor(a, "Mattis added"));
    assertFalse(a.text().contains("Fleet Week"));
    assertFalse(a.text().contains("Read More"));
    assertTrue(removedAs(a, "unrelated-story").size() >= 10);
  }

  @Test
  void reutersReportKeepsItsWholeStory() {
    Article a = Cleaned.file(Shared.sample("001_"));
    assertTrue(a.text().startsWith("MOSCOW (Reuters) - Private military contractors"));
    assertTrue(a.text().contains("But Kremlin spokesman Dmitry Peskov said: \"We have no such"
        + " information.\""));
    assertTrue(a.text().contains("may be about 400"));
    assertTrue(a.text().contains("He said they set off in two chartered aircraft"));
    assertTrue(a.text().endsWith("according to the tracking data."), a.text());
    assertEquals("Russian Private Military Contractors Are Reportedly In Venezuela To Protect"
        + " Maduro", a.title());
    assertEquals("Reuters", a.outlet());
    assertEquals("en", a.language());
    assertEquals("caption", reasonFor(a, "(Maxim Shemetov/Reuters)"));
  }

  @Test
  void breitbartReportDropsItsPhotoCaptionAndCommentPromptButNoStory() {
    Article a = Cleaned.file(Shared.sample("000_"));
    assertEquals("caption", reasonFor(a, "JUAN BARRETO/AFP/Getty Images"));
    assertEquals("caption", reasonFor(a, "delivers a speech during a pro-government"));
    assertEquals("boilerplate", reasonFor(a, "COMMENTS"));
    assertEquals("boilerplate", reasonFor(a, "issues with commenting"));
    assertTrue(removedAs(a, "unrelated-story").isEmpty(), a.removed().toString());
    assertTrue(a.text().startsWith("Troops loyal to Venezuela’s socialist dictator"));
    assertTrue(a.text().endsWith("into humanitarian and security chaos."));
  }

  @Test
  void historyTheReportRecallsIsNotTakenForItsDate() {
    // The only full date in the text is a 1997 designation; the text also names 2016.
    assertNull(Cleaned.file(Shared.sample("000_")).published());
  }

  @Test
  void authorComesFromTheFollowLineWhenThereIsNoByline() {
    Article a = Cleaned.file(Shared.sample("003_"));
    assertEquals("Frances Martel", a.author());
    assertEquals("caption", reasonFor(a, "AFP PHOTO / SERGEY VENYAVSKY"));
    assertTrue(removedAs(a, "unrelated-story").isEmpty(), a.removed().toString());
    assertTrue(a.text().endsWith("to take to the streets unarmed."));
  }
}
