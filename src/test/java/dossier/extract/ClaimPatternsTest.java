package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.Ref;
import dossier.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution patterns, each on sentences written for the test. */
class ClaimPatternsTest {
  private static List<Claim> claims(String text) {
    return new ClaimFinder().find(AnnotatedSamples.annotate("claim-test", text), List.of());
  }

  private static Claim only(String text) {
    List<Claim> claims = claims(text);
    assertEquals(1, claims.size(), () -> "claims: " + claims);
    return claims.get(0);
  }

  private static Claim saying(List<Claim> claims, String words) {
    return claims.stream().filter(c -> c.content().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim says '" + words + "' in " + claims));
  }

  private static void assertSays(Claim c, String source, String cue, String content) {
    assertEquals(source, c.source().text());
    assertEquals(cue, c.cue());
    assertEquals(content, c.content());
  }

  private static List<String> via(Claim c) {
    return c.via().stream().map(Ref::text).toList();
  }

  @Test
  void takesTheQuoteAfterASpeechVerbsColonHoweverTheQuoteParses() {
    // The parser reads "do" as an auxiliary of "flew" and leaves "said" no complement.
    Claim c = only("Marta Ruiz, a local councillor, said on Friday: \"Armed guards who do secret"
        + " jobs for Moscow flew into the capital.\"");
    assertSays(c, "Marta Ruiz", "said",
        "Armed guards who do secret jobs for Moscow flew into the capital");
    assertTrue(c.quoted(), c.toString());
  }

  @Test
  void speakerSaidThatContent() {
    Claim c = only("Defense Minister Pavel Ivanov said that the brigade had returned to its base.");
    assertEquals("Pavel Ivanov", c.source().text());
    assertEquals("said", c.cue());
    assertEquals("that the brigade had returned to its base", c.content());
    assertFalse(c.quoted());
    assertFalse(c.hedged());
    assertEquals(Stance.ASSERTS, c.stance());
  }

  @Test
  void reportingClauseAfterTheContent() {
    Claim c = only("Two warships docked in Havana on Sunday, the navy said.");
    assertEquals("the navy", c.source().text());
    assertEquals("Two warships docked in Havana on Sunday", c.content());
  }

  @Test
  void speakerAfterTheVerbInAQuote() {
    Claim c = only("\"The deal is finished,\" said Foreign Minister Carlos Ruiz.");
    assertTrue(c.source().text().endsWith("Carlos Ruiz"), c.source().text());
    assertEquals("The deal is finished", c.content());
    assertTrue(c.quoted());
  }

  @Test
  void unnamedPeopleAreAnonymous() {
    Claim c = only("Two people familiar with the plan said the troops would leave in March.");
    assertTrue(c.source().anonymous());
    assertTrue(c.source().text().startsWith("Two people familiar with"), c.source().text());
  }

  @Test
  void namedSpeakerIsNotAnonymous() {
    assertFalse(only("Maria Gomez said the border was closed.").source().anonymous());
  }

  @Test
  void accordingToNamesTheSourceBeforeOrAfterTheContent() {
    Claim after = only("The cargo plane landed in Caracas on Tuesday, according to flight data.");
    assertEquals("flight data", after.source().text());
    assertEquals("according to", after.cue());
    assertEquals("The cargo plane landed in Caracas on Tuesday", after.content());
    Claim before = only("According to Colonel Ivan Petrov, the base holds 300 soldiers.");
    assertTrue(before.source().text().endsWith("Ivan Petrov"), before.source().text());
    assertEquals("the base holds 300 soldiers", before.content());
  }

  @Test
  void citedSourceSpeaksThroughTheOutletCitingIt() {
    Claim c = only("The newspaper El Tiempo reported on Monday, citing military officials, that"
        + " forty advisers had arrived.");
    assertEquals("military officials", c.source().text());
    assertTrue(c.source().anonymous());
    assertEquals("citing", c.cue());
    assertEquals(1, c.via().size());
    assertTrue(via(c).get(0).contains("El Tiempo"), via(c).toString());
    assertEquals("that forty advisers had arrived", c.content());
  }

  @Test
  void citingEvidenceMakesNoChain() {
    Claim c = only("The country has changed for the better, the senator said, citing the release"
        + " of political prisoners.");
    assertEquals("the senator", c.source().text());
    assertEquals(List.of(), c.via());
    assertEquals("said", c.cue());
  }

  @Test
  void agencyQuotingASpeakerIsAnIntermediary() {
    Claim c = only("RIA Novosti quoted Deputy Foreign Minister Sergei Ryabkov as saying that"
        + " Moscow had no plans to send troops.");
    assertTrue(c.source().text().endsWith("Sergei Ryabkov"), c.source().text());
    assertEquals(List.of("RIA Novosti"), via(c));
    assertEquals("that Moscow had no plans to send troops", c.content());
  }

  @Test
  void outletTheSpeakerToldIsAnIntermediary() {
    Claim c = only("Interior Minister Ana Lopez told Reuters that the talks had failed.");
    assertEquals("Ana Lopez", c.source().text());
    assertEquals(List.of("Reuters"), via(c));
    assertEquals("told", c.cue());
  }

  @Test
  void reportsOwnOutletIsLeftOutOfTheChain() {
    AnnotatedDoc plain = AnnotatedSamples.annotate("claim-test",
        "Interior Minister Ana Lopez told Reuters that the talks had failed.");
    Article a = plain.article();
    Article byReuters = new Article(a.origin(), a.contentHash(), a.title(), "Reuters", a.author(),
        a.published(), a.publishedSource(), a.language(), a.text(), a.removed());
    AnnotatedDoc doc = new AnnotatedDoc(byReuters, plain.sentences(), plain.entities());
    List<Claim> claims = new ClaimFinder().find(doc, List.of());
    assertEquals(List.of(), claims.get(0).via());
  }

  @Test
  void hedgesMarkUncertainClaims() {
    assertTrue(only("The ministry said the convoy may have crossed the border.").hedged());
    assertTrue(only("An official reportedly said the convoy crossed the border.").hedged());
    assertTrue(only("The general warned that the rebels could attack the capital.").hedged());
    assertFalse(only("The ministry said the convoy crossed the border.").hedged());
  }

  @Test
  void unconfirmedReportsAndImpersonalBeliefAreHedged() {
    assertTrue(only("Unconfirmed reports said the convoy crossed the border.").hedged());
    Claim believed = only("It is believed that the ships carried weapons.");
    assertTrue(believed.hedged());
    assertNull(believed.source());
    assertEquals("that the ships carried weapons", believed.content());
  }

  @Test
  void reportedlyAloneAttributesToUnnamedReports() {
    Claim c = only("The dictator has reportedly moved his family to a military base.");
    assertNull(c.source());
    assertEquals("reportedly", c.cue());
    assertTrue(c.hedged());
  }

  @Test
  void passiveReportHasNoSource() {
    Claim c = only("It was reported that two ships had docked in Havana.");
    assertNull(c.source());
    assertEquals("reported", c.cue());
    assertEquals("that two ships had docked in Havana", c.content());
  }

  @Test
  void quoteOverSeveralSentencesIsOneClaim() {
    Claim c = only("\u201cWe are ready. We will defend the country,\u201d General Maria Gomez"
        + " said.");
    assertEquals("We are ready. We will defend the country", c.content());
    assertTrue(c.quoted());
    assertTrue(c.source().text().endsWith("Maria Gomez"), c.source().text());
  }

  @Test
  void questionInQuotesBeforeItsReportingClause() {
    Claim c = only("\u201cWho would have thought we could win here?\u201d the mayor said,"
        + " smiling at the crowd.");
    assertEquals("the mayor", c.source().text());
    assertEquals("Who would have thought we could win here?", c.content());
    assertTrue(c.quoted());
  }

  @Test
  void quoteInTheNextSentenceKeepsTheSpeaker() {
    List<Claim> claims = claims("\u201cThe troops left on Friday,\u201d Gomez told CNN."
        + " \u201cThey will not come back before the election.\u201d");
    Claim next = saying(claims, "They will not come back before the election");
    assertEquals("Gomez", next.source().text());
    assertEquals(List.of("CNN"), via(next));
    assertTrue(next.quoted());
  }

  @Test
  void pronounSpeakerResolvesToThePersonNamedBefore() {
    String text = "Defense Minister Pavel Ivanov visited the base on Monday."
        + " He said the soldiers were well trained.";
    Claim c = saying(claims(text), "the soldiers were well trained");
    assertEquals("Pavel Ivanov", c.source().text());
    assertEquals(text.indexOf("Pavel Ivanov"), c.source().span().start());
    assertEquals("He", c.source().said().of(text)); // where the attribution names him
    assertEquals(c.source().said(), c.source().wordsSpan());
  }

  @Test
  void quoteResumingAfterItsReportingClauseIsOneClaim() {
    String text = "\u201cThe ships will stay,\u201d the admiral said. \u201cThey will leave in"
        + " May, not before.\u201d";
    Claim c = only(text);
    assertTrue(c.content().startsWith("The ships will stay"), c.content());
    assertTrue(c.content().endsWith("They will leave in May, not before"), c.content());
    assertEquals("the admiral", c.source().text());
  }

  @Test
  void stanceVerbAttributesWhatFollowsItToItsSubject() {
    assertSays(only("Senator Ana Ruiz criticized the government for delaying the vote."),
        "Senator Ana Ruiz", "criticized", "the government for delaying the vote");
  }

  @Test
  void pollsShowingAResultAreItsSource() {
    Claim c = only("Recent polls show the governor with a double-digit lead.");
    assertEquals("Recent polls", c.source().text());
    assertEquals("the governor with a double-digit lead", c.content());
  }

  @Test
  void wantingAndPlanningAttributeTheInfinitive() {
    Claim c = saying(claims("The mayor wants to close the old bridge."), "close the old bridge");
    assertEquals("the mayor", c.source().text().toLowerCase(java.util.Locale.ROOT));
    assertEquals("to close the old bridge", c.content());
  }

  @Test
  void stanceInsideReportedSpeechBelongsToTheSpeaker() {
    Claim c = only("The minister said the mayor wants to close the old bridge.");
    assertEquals("said", c.cue());
    assertEquals("the mayor wants to close the old bridge", c.content());
  }

  @Test
  void possessorOfAStanceNounIsItsSource() {
    String text = "Anna Petrova spoke in Kiev on Monday. Her opposition to the pipeline surprised"
        + " the board.";
    Claim c = saying(claims(text), "the pipeline");
    assertEquals("opposition to", c.cue());
    assertEquals("the pipeline", c.content());
    assertEquals("Anna Petrova", c.source().text());
    assertEquals("Her", c.source().said().of(text));
  }

  @Test
  void headlineNameAndColonIsAClaim() {
    Claim c = saying(claims("Ana Ruiz: The embargo must end now\n\nThe senate met on Monday."),
        "The embargo must end now");
    assertEquals("Ana Ruiz", c.source().text());
    assertEquals(":", c.cue());
  }

  @Test
  void pronounPassesOverAPersonATitleMarksAsTheOtherSex() {
    String text = "Mr. Carlos Diaz met Mrs. Elena Ruiz in Caracas."
        + " \u201cWe agreed on everything,\u201d she said.";
    Claim c = saying(claims(text), "We agreed on everything");
    assertEquals("Elena Ruiz", c.source().text());
  }

  @Test
  void denialByCueNegationOrContent() {
    assertEquals(Stance.DENIES,
        only("The Kremlin denied that Russian soldiers were in the country.").stance());
    assertEquals(Stance.DENIES,
        only("The embassy did not confirm that the advisers had arrived.").stance());
    assertEquals(Stance.DENIES,
        only("\"There are no Russian troops in Venezuela,\" the ambassador said.").stance());
    assertEquals(Stance.DENIES,
        only("The spokesman rejected reports that the jets had landed.").stance());
    assertEquals(Stance.ASSERTS,
        only("The spokesman said that Russian troops were in Venezuela.").stance());
  }

  @Test
  void assuranceWithANegativeIdiomIsNoDenial() {
    assertEquals(Stance.ASSERTS,
        only("\"There is no doubt that the advisers are here,\" the colonel said.").stance());
    assertEquals(Stance.ASSERTS,
        only("The minister said she did not have figures on the number of troops.").stance());
  }

  @Test
  void denialOfReportsClaimsTheReportedClause() {
    Claim c = only("The spokesman rejected reports that the jets had landed.");
    assertEquals("that the jets had landed", c.content());
    assertEquals("rejected", c.cue());
  }

  @Test
  void accusationClaimsWhatTheAccusedDid() {
    assertSays(only("Senator Ana Ruiz accused Moscow of sending troops to Caracas."),
        "Senator Ana Ruiz", "accused", "Moscow of sending troops to Caracas");
  }

  @Test
  void speechInsideADirectQuoteIsNotASeparateClaim() {
    Claim c = only("\"I told him that we would stay,\" the ambassador said.");
    assertEquals("I told him that we would stay", c.content());
  }

  @Test
  void noClaimWithoutAttribution() {
    assertEquals(List.of(),
        claims("Two warships docked in Havana on Sunday. The crews went ashore."));
    assertEquals(List.of(), claims("The spokesman could not say when the ships would leave."));
  }
}
