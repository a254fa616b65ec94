package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import org.junit.jupiter.api.Test;

/** Furniture set inside a web page's main content, on small pages made for each rule. */
class HtmlFurnitureTest {
  private static final String FIRST = "<p>Two transport planes landed in Caracas on Saturday,"
      + " carrying troops, officials said, adding that the crews would stay for several weeks at"
      + " the airport.</p>";
  private static final String SECOND = "<p>The aircraft, an Ilyushin and an Antonov, arrived from"
      + " Damascus, according to flight tracking data, which showed a stop in Syria on the"
      + " way.</p>";
  private static final String LINKS = "<ul><li><a href='/1'>Ölpreise steigen nach dem Treffen"
      + " der Förderländer</a></li><li><a href='/2'>Warum die neue Straßenbahn zu spät"
      + " kommt</a></li></ul>";

  /** A story with the markup between its two paragraphs. */
  private static Article story(String inside) {
    return page(FIRST + inside + SECOND);
  }

  /** A story with the markup after its last paragraph. */
  private static Article ending(String tail) {
    return page(FIRST + SECOND + tail);
  }

  private static Article page(String body) {
    return Cleaned.html("<html><body><article><h1>Planes land in Caracas</h1>" + body
        + "</article></body></html>");
  }

  @Test
  void dropsTheLabelOfALinkListInsideTheStoryInAnyLanguage() {
    for (String label : new String[] {"<h3>Lesen Sie auch</h3>", "<p>Zobacz także:</p>",
        "<p><b>Schon gelesen?</b></p>"}) {
      Article a = story(label + LINKS);
      assertFalse(a.text().contains(label.replaceAll("<[^>]+>", "")), a.text());
      assertTrue(a.text().contains("arrived from Damascus"), a.text());
    }
  }

  @Test
  void keepsALineOfFiguresThatLinksFollow() {
    Article a = story("<p>Lösung: m = 210 g</p>" + LINKS);
    assertTrue(a.text().contains("Lösung: m = 210 g"), a.text());
  }

  @Test
  void dropsCallsToFollowOrCommentThatCloseTheStory() {
    Article a = ending("<p>¡Mira lo que tiene nuestro canal de YouTube!</p>"
        + "<p>Folge uns auf <a href='/x'>Instagram</a>.</p>"
        + "<p>Para comentar debes registrarte y completar los datos generales.</p>");
    assertTrue(a.text().endsWith("a stop in Syria on the way."), a.text());
  }

  @Test
  void dropsTheAppealsForSupportThatCloseTheStoryInAnyLanguage() {
    Article a = ending(Cleaned.markup("closing-appeal.html"));
    assertTrue(a.text().endsWith("had the support of most islanders."), a.text());
  }

  @Test
  void dropsTheAuthorsBoxThatSchemaOrgMarkupDeclares() {
    Article a = ending(Cleaned.markup("author-box.html"));
    assertTrue(a.text().endsWith("a stop in Syria on the way."), a.text());
  }

  @Test
  void keepsTheStorysLastParagraphThatNamesAChannel() {
    String last = "The ministry, which has said little since the planes landed, later posted the"
        + " flight plan and a list of the crews on Twitter.";
    Article a = ending("<p>" + last + "</p>");
    assertTrue(a.text().endsWith(last), a.text());
  }

  @Test
  void keepsAShortLastParagraphThatTellsWhatSomeoneDidOnAChannel() {
    for (String last : new String[] {"He later posted it on <a href='/t'>Twitter</a>.",
        "A spokesman declined to comment."}) {
      Article a = ending("<p>" + last + "</p>");
      assertTrue(a.text().endsWith(last.replaceAll("<[^>]+>", "")), a.text());
    }
  }
}
