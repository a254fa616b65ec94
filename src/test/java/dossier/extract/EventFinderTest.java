package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.DateSource;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFinderTest {
  private static final String TEXT = "Russia sent about 400 contractors to Venezuela in May. "
      + "Venezuelan troops trained ELN fighters. The United States did not send troops to "
      + "Venezuela. China refused to send weapons. The fighters were trained by Cuban advisers in "
      + "Havana. Lavrov met with Arreaza in Moscow on Monday. Washington imposed sanctions on "
      + "Caracas. Gen. Luis Navarro accused Maduro. The United States urged Russia to withdraw. "
      + "Maduro delivered a speech. Iran supplied Caracas with drones. Guaidó called on the "
      + "military to abandon Maduro. U.S. officials warned Moscow against sending more troops. "
      + "Pompeo called Lavrov on Saturday. Two Russian planes landed outside Caracas.";

  private static final AnnotatedDoc DOC = annotate(TEXT, LocalDate.of(2019, 6, 12));
  private static final List<Mention> MENTIONS = new MentionFinder().find(DOC);
  private static final List<Event> FOUND = new EventFinder().find(DOC, MENTIONS, List.of());

  @Test
  void typesADeploymentWithActorTargetPlaceAndMonth() {
    Event e = by("sent");
    assertEquals("MOBILIZE", e.type());
    assertEquals("Russia", e.actor().text());
    assertEquals("Venezuela", e.target().text());
    assertEquals("Venezuela", e.location().text());
    assertEquals("2019-05", e.time());
  }

  @Test
  void typesTrainingAsAidWithItsMode() {
    Event e = FOUND.stream().filter(x -> x.trigger().equals("trained")).findFirst().orElseThrow();
    assertEquals("AID", e.type());
    assertEquals("training", e.mode());
    assertEquals("Venezuelan troops", e.actor().text());
  }

  @Test
  void namesAGroupByTheOrganizationItBelongsToButNotByItsNationality() {
    Event e = FOUND.stream().filter(x -> x.trigger().equals("trained")).findFirst().orElseThrow();
    assertEquals("ELN", e.target().text());
    assertEquals("Venezuelan troops", e.actor().text());
  }

  @Test
  void takesTheAgentOfAPassiveAsActor() {
    Event e = FOUND.stream().filter(x -> x.trigger().equals("trained")
        && x.location() != null).findFirst().orElseThrow(() -> new AssertionError(FOUND));
    assertEquals("Cuban advisers", e.actor().text());
    assertEquals("fighters", e.target().text());
    assertEquals("Havana", e.location().text());
  }

  @Test
  void leavesOutNegatedActs() {
    assertTrue(FOUND.stream().noneMatch(e -> e.actor() != null
        && e.actor().text().equals("United States") && e.type().equals("AID")), FOUND.toString());
    assertTrue(FOUND.stream().noneMatch(e -> e.trigger().equals("send")), FOUND.toString());
    assertEquals("REJECT", by("refused").type());
  }

  @Test
  void resolvesRelativeDatesAgainstThePublicationDate() {
    Event e = by("met");
    assertEquals("CONSULT", e.type());
    assertEquals("Arreaza", e.target().text());
    assertEquals("Moscow", e.location().text());
    assertEquals("2019-06-10", e.time());
  }

  @Test
  void findsTheTargetOfASanctionInItsOnPhrase() {
    Event e = by("imposed");
    assertEquals("SANCTION", e.type());
    assertEquals("Washington", e.actor().text());
    assertEquals("Caracas", e.target().text());
  }

  @Test
  void namesTheActorByItsFullMentionWithoutTitleOrArticle() {
    assertEquals("Luis Navarro", by("accused").actor().text());
    assertEquals("United States", by("urged").actor().text());
    assertEquals("Russia", by("withdraw").actor().text());
    assertEquals("RETREAT", by("withdraw").type());
  }

  @Test
  void ignoresATransferOfNothingMaterial() {
    assertTrue(FOUND.stream().noneMatch(e -> e.trigger().equals("delivered")), FOUND.toString());
  }

  @Test
  void takesANamedObjectOfATransferAsItsRecipient() {
    Event e = by("supplied");
    assertEquals("AID", e.type());
    assertEquals("military", e.mode());
    assertEquals("Caracas", e.target().text());
  }

  @Test
  void findsWhomARequestIsMadeOfAfterItsPreposition() {
    Event e = by("called");
    assertEquals("REQUEST", e.type());
    assertEquals("military", e.target().text());
  }

  @Test
  void takesNoTimePhraseForThePrepositionOfAPhrasalVerb() {
    assertTrue(FOUND.stream().noneMatch(e -> e.target() != null
        && e.target().text().equals("Lavrov") && e.type().equals("REQUEST")), FOUND.toString());
  }

  @Test
  void placesAMoveOutsideACity() {
    Event e = by("landed");
    assertEquals("MOBILIZE", e.type());
    assertEquals("Caracas", e.location().text());
  }

  @Test
  void leavesOutActsWarnedAgainst() {
    assertEquals("THREATEN", by("warned").type());
    assertTrue(FOUND.stream().noneMatch(e -> e.trigger().equals("sending")), FOUND.toString());
  }

  @Test
  void linksAnEventToTheInnermostClaimHoldingIt() {
    int start = TEXT.indexOf("Washington imposed");
    int end = TEXT.indexOf("Caracas.", start) + "Caracas".length();
    Span inner = new Span(start, end);
    Span outer = new Span(TEXT.indexOf("Lavrov met"), end);
    List<Claim> claims = List.of(claim(outer), claim(inner));
    Event e = new EventFinder().find(DOC, MENTIONS, claims).stream()
        .filter(x -> x.trigger().equals("imposed")).findFirst().orElseThrow();
    assertEquals(1, e.claim());
  }

  private static Claim claim(Span content) {
    return new Claim(content, null, "said", null, List.of(), content.of(TEXT), content, false,
        Stance.ASSERTS, false);
  }

  @Test
  void linksAnEventToTheClaimWhoseContentHoldsIt() {
    int start = TEXT.indexOf("Lavrov met");
    int end = TEXT.indexOf("Monday.") + "Monday".length();
    Span content = new Span(start, end);
    List<Event> events = new EventFinder().find(DOC, MENTIONS, List.of(claim(content)));
    for (Event e : events) {
      assertEquals(content.contains(e.triggerSpan()) ? 0 : -1, e.claim(), e.toString());
    }
  }

  @Test
  void keepsEveryTriggerAndSpanOnItsEvidence() {
    for (String sample : List.of("000_", "001_", "003_")) {
      AnnotatedDoc doc = AnnotatedSamples.sample(sample);
      List<Event> events = new EventFinder().find(doc, new MentionFinder().find(doc), List.of());
      assertFalse(events.isEmpty(), sample);
      for (Event e : events) {
        assertEquals(e.trigger(), e.triggerSpan().of(doc.text()), sample);
        assertTrue(e.span().contains(e.triggerSpan()), sample);
        for (Ref ref : Arrays.asList(e.actor(), e.target(), e.location())) {
          if (ref != null) {
            assertEquals(ref.text(), ref.span().of(doc.text()), sample);
          }
        }
      }
    }
  }

  @Test
  void findsTheTrainingOfTheGuerrillasInSample000() {
    AnnotatedDoc doc = AnnotatedSamples.sample("000_");
    List<Event> events = new EventFinder().find(doc, new MentionFinder().find(doc), List.of());
    assertTrue(events.stream().anyMatch(e -> e.type().equals("AID")
        && "training".equals(e.mode()) && e.target() != null
        && e.target().text().contains("ELN")), events.toString());
  }

  @Test
  void hasNoTimeWhereTheClauseHasNoDate() {
    assertNull(by("imposed").time());
  }

  private static Event by(String trigger) {
    return FOUND.stream().filter(e -> e.trigger().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event on '" + trigger + "' in " + FOUND));
  }

  private static AnnotatedDoc annotate(String text, LocalDate published) {
    Article article = new Article("events.txt", Integer.toHexString(text.hashCode()), "", null,
        null, published, DateSource.METADATA, "en", text, List.of());
    return AnnotatedSamples.annotate(article);
  }

}
