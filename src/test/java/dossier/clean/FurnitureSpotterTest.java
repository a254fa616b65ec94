package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FurnitureSpotterTest {
  private final FurnitureSpotter spotter = new FurnitureSpotter();

  private void assertKind(Furniture expected, String line) {
    assertEquals(Optional.of(expected), spotter.spot(line), line);
  }

  private void assertNone(String line) {
    assertEquals(Optional.empty(), spotter.spot(line), line);
  }

  @Test
  void spotsMenusAndLabels() {
    assertKind(Furniture.MENU, "News | Sport | Weather | Culture");
    assertKind(Furniture.MENU, "Home > Americas > Venezuela");
    assertKind(Furniture.LABEL, "world news");
    assertKind(Furniture.LABEL, "Advertisement");
    assertKind(Furniture.MENU, "Tags: Venezuela, Russia, Wagner");
  }

  @Test
  void spotsShareFollowTeaserAndMediaLines() {
    assertKind(Furniture.SHARE, "Share this story: Facebook Twitter Email");
    assertKind(Furniture.SHARE, "Follow Jane Roe on Twitter @janeroe.");
    assertKind(Furniture.TEASER, "READ MORE: Inside the plan to rebuild the grid");
    assertKind(Furniture.TEASER, "Related Articles");
    assertKind(Furniture.TEASER, "You might also like");
    assertKind(Furniture.MEDIA, "Watch the full interview below:");
  }

  @Test
  void spotsCommentsSignupCookiesAndLegalLines() {
    assertKind(Furniture.COMMENTS, "143 Comments");
    assertKind(Furniture.COMMENTS, "Join the conversation");
    assertKind(Furniture.SIGNUP, "Sign up for our morning newsletter and get the news first.");
    assertKind(Furniture.COOKIES,
        "This website uses cookies to ensure you get the best experience. Accept");
    assertKind(Furniture.LEGAL, "© 2024 Example Media Group. All rights reserved.");
    assertKind(Furniture.LEGAL, "Terms of Use | Privacy Policy | Contact");
    assertKind(Furniture.LEGAL, "This article originally appeared on Task & Purpose.");
    assertKind(Furniture.SIGNUP, "Join our mailing list");
  }

  @Test
  void spotsPhotoCreditsAndBylines() {
    assertKind(Furniture.CREDIT, "(Photo by Ana Pérez/AFP via Getty Images)");
    assertKind(Furniture.CREDIT, "Soldiers parade in Caracas. (Carlos Garcia Rawlins/Reuters)");
    assertKind(Furniture.CREDIT, "MIGUEL GUTIERREZ/EPA");
    assertKind(Furniture.CREDIT, "Image copyright Getty Images");
    assertKind(Furniture.CREDIT, "Getty Images");
    assertKind(Furniture.CREDIT, "Strikers fill the university hall / (C) Jane Roe");
    assertNone("Buyers may (a) return the goods or (c) keep them");
    assertKind(Furniture.BYLINE, "Posted by Jane Roe on March 3, 2019");
    assertKind(Furniture.BYLINE, "By JANE ROE and John Doe");
    assertKind(Furniture.BYLINE, "By Jane Roe, Staff Writer, 3 April 2019");
    assertKind(Furniture.BYLINE, "Published: 14:05 GMT, March 3, 2019 | Updated: 16:10 GMT");
    assertKind(Furniture.BYLINE, "(Reporting by Jane Roe; Editing by John Doe)");
  }

  @Test
  void leavesStorySentencesAlone() {
    for (String sentence : new String[] {
        "By Tuesday, the troops had left the base near the border.",
        "By contrast, the ministry said nothing.",
        "The ministry said it would share the flight data with reporters on Monday.",
        "Read the full statement, she told the crowd, and judge for yourselves.",
        "He said the photos showed at least 20 trucks at the base.",
        "Comments by the minister angered the opposition, which called for a vote.",
        "The deal was signed on March 3, 2019, in Moscow, officials said.",
        "Cuba connection?"}) {
      assertTrue(spotter.spot(sentence).isEmpty(), sentence);
    }
  }

  @Test
  void spotsTheCountThatHeadsReadersCommentsInAnyLanguage() {
    assertKind(Furniture.COMMENTS, "11 responses to “The Loneliest Woman in the World”");
    assertKind(Furniture.COMMENTS, "3 Gedanken zu „Need for Speed“");
    assertNone("200 responses to the survey showed that most readers want more local news.");
  }

  @Test
  void spotsCookieNoticesInAnyLanguage() {
    assertKind(Furniture.COOKIES, "Utilizamos cookies propias y de terceros para mejorar"
        + " nuestros servicios.");
    assertKind(Furniture.COOKIES, "Diese Website verwendet Cookies.");
    assertKind(Furniture.COOKIES, "Informujemy, że korzystamy z cookies.");
    assertNone("Bake the cookies for ten minutes, until golden at the edges.");
  }

  @Test
  void spotsTeasersInOtherLanguages() {
    assertKind(Furniture.TEASER, "VEA TAMBIÉN: Entre el agua y el fuego, la ciudad espera");
    assertKind(Furniture.TEASER, "À lire aussi » Quel est votre profil digestif ?");
    assertKind(Furniture.TEASER, "Czytaj także");
    assertNone("Lesen Sie auch die Briefe, sagte der Richter, dann verstehen Sie den Fall"
        + " und die Angst der Zeugen, die ihn seit Jahren begleitet.");
  }

  @Test
  void spotsANewsletterOfferedToTheReaderInAnyLanguage() {
    assertKind(Furniture.SIGNUP, "Receive our monthly newsletter to stay on top of the news.");
    assertKind(Furniture.SIGNUP, "Abonnieren Sie kostenlos den Newsletter der Redaktion.");
    assertNone("The newsletter, founded in 1990, reached 10,000 readers last year.");
  }

  @Test
  void readsInterfaceWordsWithTheDotsAfterThem() {
    assertKind(Furniture.LABEL, "Loading...");
    assertKind(Furniture.LABEL, "Newer Post Older Post Home");
  }

  @Test
  void takesNoCaselessLineForALabel() {
    assertEquals(Optional.empty(), spotter.spot("就放心去吧"));
    assertEquals(Optional.empty(), spotter.spot("+81 158-23-2012"));
    assertKind(Furniture.LABEL, "world news");
  }

  @Test
  void spotsPhotoCreditsInOtherLanguagesAndAfterACopyrightMark() {
    assertKind(Furniture.CREDIT, "Golf im TV: die Zeiten der Turniere. (Foto: Getty)");
    assertKind(Furniture.CREDIT, "Foto © Peter Steiger");
    assertKind(Furniture.CREDIT, "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO ROE");
    assertKind(Furniture.CREDIT, "Schneeräumpflicht - was man wissen muss© Rike/pixelio.de");
  }

  @Test
  void spotsFigureCaptions() {
    assertKind(Furniture.CAPTION, "Abbildung 4: klassische Schwachschicht im Schneeprofil.");
    assertKind(Furniture.CAPTION, "Fig. 2: Growth of the harbour since 1990");
  }

  @Test
  void leavesProseThatNamesAFigureOrARightsHolderAlone() {
    for (String sentence : new String[] {"Figure 1 shows how the harbour grew since 1990.",
        "The logo, © 2019 by the club, was later sold. Nobody asked the designer about it."}) {
      assertTrue(spotter.spot(sentence).isEmpty(), sentence);
    }
  }

  @Test
  void spotsRightsNoticesSourceLinesAndInterfaceLabelsInOtherLanguages() {
    assertKind(Furniture.LEGAL, "Materiał chroniony - wszelkie prawa zastrzeżone.");
    assertKind(Furniture.CREDIT, "Quelle: Landesregierung");
    assertKind(Furniture.CREDIT, "Źródło: Statista.com");
    assertKind(Furniture.LABEL, "zurück zur vorherigen Seite");
  }

  @Test
  void leavesASentenceAboutSourcesAlone() {
    String sentence = "Sources: the ministry and two officials said the planes left on Monday.";
    assertTrue(spotter.spot(sentence).isEmpty(), sentence);
  }
}
