package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.AnnotatedDoc;
import dossier.model.Claim;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Claims in the shared sample reports. */
class ClaimFinderSamplesTest {
  private static List<Claim> claims(String sample) {
    return new ClaimFinder().find(AnnotatedSamples.sample(sample), List.of());
  }

  private static Claim withContent(List<Claim> claims, String words) {
    return claims.stream().filter(c -> c.content().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim says: " + words));
  }

  @Test
  void deniesClaimWhenKremlinSpokesmanSaysNoSuchInformation() {
    Claim c = withContent(claims("001_"), "We have no such information");
    assertTrue(c.source().text().contains("Peskov"), c.source().text());
    assertEquals(Stance.DENIES, c.stance());
    assertTrue(c.quoted());
    assertEquals("said", c.cue());
  }

  @Test
  void generalsQuoteToBloombergComesViaBloomberg() {
    Claim c = withContent(claims("000_"), "These are weapons used by the Venezuelan armed forces");
    assertTrue(c.source().text().contains("Navarro"), c.source().text());
    assertEquals(List.of("Bloomberg"), c.via().stream().map(Ref::text).toList());
    assertTrue(c.quoted());
  }

  @Test
  void quoteAfterTheAttributedOneKeepsItsSpeakerAndChain() {
    Claim c = withContent(claims("000_"), "We have the clear evidence");
    assertTrue(c.source().text().contains("Navarro"), c.source().text());
    assertEquals(List.of("Bloomberg"), c.via().stream().map(Ref::text).toList());
  }

  @Test
  void guerrillaCommanderDeniesLinksToMaduro() {
    Claim c = withContent(claims("000_"), "any links to Maduro");
    assertTrue(c.source().text().contains("Israel Ramirez"), c.source().text());
    assertEquals("denied", c.cue());
    assertEquals(Stance.DENIES, c.stance());
  }

  @Test
  void cossackLeadersHearsayNumberIsHedged() {
    Claim c = withContent(claims("001_"), "may be about 400");
    assertTrue(c.source().text().contains("Shabayev"), c.source().text());
    assertTrue(c.hedged());
    assertEquals(Stance.ASSERTS, c.stance());
  }

  @Test
  void ministersQuoteComesViaTass() {
    Claim c = withContent(claims("003_"), "We need to provide for equipment maintenance");
    assertEquals("Arreaza", c.source().text());
    assertEquals(1, c.via().size(), c.via().toString());
    assertTrue(c.via().get(0).text().endsWith("TASS"), c.via().get(0).text());
    assertTrue(c.quoted());
  }

  @Test
  void pronounSpeakerPointsAtTheNamedSpeakerBefore() {
    AnnotatedDoc doc = AnnotatedSamples.sample("001_");
    Claim c = withContent(claims("001_"), "Our people are there directly for his protection");
    assertEquals("Shabayev", c.source().text());
    assertEquals("Shabayev", c.source().span().of(doc.text()));
  }

  @Test
  void citedSourceSpeaksThroughTheOneCitingIt() {
    Claim c = withContent(claims("001_"), "the contingent flew to Venezuela");
    assertTrue(c.source().text().startsWith("contacts in a Russian state security"),
        c.source().text());
    assertEquals(List.of("Shabayev"), c.via().stream().map(Ref::text).toList());
  }

  @Test
  void unnamedPeopleAreAnonymousSources() {
    Claim c = withContent(claims("001_"), "Private military contractors who do secret missions");
    assertTrue(c.source().anonymous());
    assertEquals("according to", c.cue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_", "001_", "003_"})
  void everyClaimPointsAtItsOwnWordsInTheText(String sample) {
    String text = AnnotatedSamples.sample(sample).text();
    List<Claim> claims = claims(sample);
    assertTrue(claims.size() >= 15, "only " + claims.size() + " claims");
    for (Claim c : claims) {
      assertInside(text, c.span());
      assertInside(text, c.contentSpan());
      assertEquals(c.contentSpan().of(text), c.content());
      assertTrue(c.span().contains(c.contentSpan()), c.toString());
      if (c.cueSpan() != null) {
        assertInside(text, c.cueSpan());
      }
      if (c.source() != null && c.source().span() != null) {
        assertInside(text, c.source().span());
        assertEquals(c.source().text(), c.source().span().of(text));
      }
    }
  }

  private static void assertInside(String text, Span span) {
    assertTrue(span.start() >= 0 && span.end() <= text.length(), span + " outside the text");
  }
}
