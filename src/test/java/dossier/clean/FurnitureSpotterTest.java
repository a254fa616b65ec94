package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FurnitureSpotterTest {
  private final FurnitureSpotter spotter = new FurnitureSpotter();

  /** Each line is furniture of this kind. */
  private void assertSpots(Furniture expected, String... lines) {
    for (String line : lines) {
      assertEquals(Optional.of(expected), spotter.spot(line), line);
    }
  }

  /** No line is furniture. */
  private void assertNone(String... lines) {
    for (String line : lines) {
      assertEquals(Optional.empty(), spotter.spot(line), line);
    }
  }

  @Test
  void spotsMenusAndLabels() {
    assertSpots(Furniture.MENU, "News | Sport | Weather | Culture", "Home > Americas > Venezuela",
        "Tags: Venezuela, Russia, Wagner");
    assertSpots(Furniture.LABEL, "world news", "Advertisement");
  }

  @Test
  void spotsShareFollowTeaserAndMediaLines() {
    assertSpots(Furniture.SHARE, "Share this story: Facebook Twitter Email",
        "Follow Jane Roe on Twitter @janeroe.");
    assertSpots(Furniture.TEASER, "READ MORE: Inside the plan to rebuild the grid",
        "Related Articles", "You might also like");
    assertSpots(Furniture.MEDIA, "Watch the full interview below:");
  }

  @Test
  void spotsCommentsSignupCookiesAndLegalLines() {
    assertSpots(Furniture.COMMENTS, "143 Comments", "Join the conversation");
    assertSpots(Furniture.SIGNUP, "Sign up for our morning newsletter and get the news first.",
        "Join our mailing list");
    assertSpots(Furniture.COOKIES,
        "This website uses cookies to ensure you get the best experience. Accept");
    assertSpots(Furniture.LEGAL, "© 2024 Example Media Group. All rights reserved.",
        "Terms of Use | Privacy Policy | Contact",
        "This article originally appeared on Task & Purpose.");
  }

  @Test
  void spotsPhotoCreditsAndBylines() {
    assertSpots(Furniture.CREDIT, "(Photo by Ana Pérez/AFP via Getty Images)",
        "Soldiers parade in Caracas. (Carlos Garcia Rawlins/Reuters)", "MIGUEL GUTIERREZ/EPA",
        "Image copyright Getty Images", "Getty Images",
        "Strikers fill the university hall / (C) Jane Roe");
    assertNone("Buyers may (a) return the goods or (c) keep them");
    assertSpots(Furniture.BYLINE, "Posted by Jane Roe on March 3, 2019", "By JANE ROE and John Doe",
        "By Jane Roe, Staff Writer, 3 April 2019",
        "Published: 14:05 GMT, March 3, 2019 | Updated: 16:10 GMT",
        "(Reporting by Jane Roe; Editing by John Doe)");
  }

  @Test
  void leavesStorySentencesAlone() {
    assertNone("By Tuesday, the troops had left the base near the border.",
        "By contrast, the ministry said nothing.",
        "The ministry said it would share the flight data with reporters on Monday.",
        "Read the full statement, she told the crowd, and judge for yourselves.",
        "He said the photos showed at least 20 trucks at the base.",
        "Comments by the minister angered the opposition, which called for a vote.",
        "The deal was signed on March 3, 2019, in Moscow, officials said.", "Cuba connection?");
  }

  @Test
  void spotsTheCountThatHeadsReadersCommentsInAnyLanguage() {
    assertSpots(Furniture.COMMENTS, "11 responses to “The Loneliest Woman in the World”",
        "3 Gedanken zu „Need for Speed“");
    assertNone("200 responses to the survey showed that most readers want more local news.");
  }

  @Test
  void spotsCookieNoticesInAnyLanguage() {
    assertSpots(Furniture.COOKIES,
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "Diese Website verwendet Cookies.", "Informujemy, że korzystamy z cookies.");
    assertNone("Bake the cookies for ten minutes, until golden at the edges.");
  }

  @Test
  void spotsTeasersInOtherLanguages() {
    assertSpots(Furniture.TEASER, "VEA TAMBIÉN: Entre el agua y el fuego, la ciudad espera",
        "À lire aussi » Quel est votre profil digestif ?", "Czytaj także");
    assertNone("Lesen Sie auch die Briefe, sagte der Richter, dann verstehen Sie den Fall"
        + " und die Angst der Zeugen, die ihn seit Jahren begleitet.");
  }

  @Test
  void spotsANewsletterOfferedToTheReaderInAnyLanguage() {
    assertSpots(Furniture.SIGNUP, "Receive our monthly newsletter to stay on top of the news.",
        "Abonnieren Sie kostenlos den Newsletter der Redaktion.");
    assertNone("The newsletter, founded in 1990, reached 10,000 readers last year.");
  }

  @Test
  void readsInterfaceWordsWithTheDotsAfterThem() {
    assertSpots(Furniture.LABEL, "Loading...", "Newer Post Older Post Home");
  }

  @Test
  void takesNoCaselessLineForALabel() {
    assertNone("就放心去吧", "+81 158-23-2012");
    assertSpots(Furniture.LABEL, "world news");
  }

  @Test
  void spotsPhotoCreditsInOtherLanguagesAndAfterACopyrightMark() {
    assertSpots(Furniture.CREDIT, "Golf im TV: die Zeiten der Turniere. (Foto: Getty)",
        "Foto © Peter Steiger", "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO ROE",
        "Schneeräumpflicht - was man wissen muss© Rike/pixelio.de");
  }

  @Test
  void spotsFigureCaptions() {
    assertSpots(Furniture.CAPTION, "Abbildung 4: klassische Schwachschicht im Schneeprofil.",
        "Fig. 2: Growth of the harbour since 1990");
  }

  @Test
  void leavesProseThatNamesAFigureOrARightsHolderAlone() {
    assertNone("Figure 1 shows how the harbour grew since 1990.",
        "The logo, © 2019 by the club, was later sold. Nobody asked the designer about it.");
  }

  @Test
  void spotsRightsNoticesSourceLinesAndInterfaceLabelsInOtherLanguages() {
    assertSpots(Furniture.LEGAL, "Materiał chroniony - wszelkie prawa zastrzeżone.");
    assertSpots(Furniture.CREDIT, "Quelle: Landesregierung", "Źródło: Statista.com");
    assertSpots(Furniture.LABEL, "zurück zur vorherigen Seite");
  }

  @Test
  void leavesASentenceAboutSourcesAlone() {
    assertNone("Sources: the ministry and two officials said the planes left on Monday.");
  }
}
