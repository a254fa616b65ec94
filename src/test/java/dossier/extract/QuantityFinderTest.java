package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.AnnotatedDoc;
import dossier.model.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {
  private static final String TEXT = "Russia sent about 400 Russian contractors. The deal is "
      + "worth between 2 and 3 million dollars. Some 100 to 200 soldiers arrived. The protests "
      + "drew 1.5 million people from more than 50 countries. Each launcher costs $60,000 and "
      + "has a range of 3.2 miles. Nearly 40 percent of voters stayed home. Two aircraft "
      + "landed.\n\n"
      + "In 2019, the 56-year-old pilot No. 998 and dozens of soldiers saw the third source on "
      + "March 5 near two Tu-160 bombers at 131 West 23rd Street.\n\n"
      + "Russia deployed 35 tons of equipment.";

  private static final AnnotatedDoc DOC = AnnotatedSamples.annotate("quantities.txt", TEXT);
  private static final List<Quantity> FOUND = new QuantityFinder().find(DOC);

  @Test
  void readsAnApproximateCountOfPeopleWithItsModifiers() {
    Quantity q = at("about 400");
    assertEquals(400, q.value());
    assertTrue(q.approximate());
    assertEquals("people", q.unit());
    assertEquals("Russian contractors", q.about());
  }

  @Test
  void readsRangesWithTheirMagnitudeAndCurrency() {
    Quantity q = at("between 2 and 3 million dollars");
    assertEquals(2e6, q.value());
    assertEquals(3e6, q.max());
    assertEquals("USD", q.unit());
    Quantity soldiers = at("Some 100 to 200");
    assertEquals(100, soldiers.value());
    assertEquals(200, soldiers.max());
    assertTrue(soldiers.approximate());
    assertEquals("soldiers", soldiers.about());
  }

  @Test
  void multipliesMillions() {
    Quantity q = at("1.5 million");
    assertEquals(1.5e6, q.value());
    assertFalse(q.approximate());
    assertEquals("people", q.unit());
  }

  @Test
  void countsOtherNounsByTheirLemma() {
    Quantity q = at("more than 50");
    assertTrue(q.approximate());
    assertEquals("country", q.unit());
    assertEquals("aircraft", at("Two").unit());
    assertFalse(at("Two").approximate());
  }

  @Test
  void readsUnitsOfMeasureAndWhatTheyMeasure() {
    assertEquals("USD", at("$60,000").unit());
    Quantity range = at("3.2 miles");
    assertEquals("miles", range.unit());
    assertEquals("range", range.about());
    Quantity share = at("Nearly 40 percent");
    assertEquals("percent", share.unit());
    assertEquals("voters", share.about());
  }

  @Test
  void skipsYearsAgesIdentifiersVagueWordsOrdinalsDatesDesignatorsAndAddresses() {
    int from = TEXT.indexOf("In 2019");
    int to = TEXT.indexOf("Russia deployed");
    List<Quantity> late = FOUND.stream()
        .filter(q -> q.span().start() >= from && q.span().end() <= to).toList();
    assertEquals(1, late.size(), late.toString());
    assertEquals("two", late.get(0).span().of(TEXT));
    assertEquals("Tu-160 bombers", late.get(0).about());
  }

  @Test
  void readsHyphenatedRangesButNotScoresOrPhoneNumbers() {
    String text = "Call 800-273-8255 for help. Some 3,000-4,000 troops arrived. The score was "
        + "3-2.";
    List<Quantity> found = new QuantityFinder().find(AnnotatedSamples.annotate("q2.txt", text));
    assertEquals(1, found.size(), found.toString());
    Quantity q = found.get(0);
    assertEquals("Some 3,000-4,000", q.span().of(text));
    assertEquals(3000, q.value());
    assertEquals(4000, q.max());
    assertEquals("troops", q.about());
  }

  @Test
  void readsWhatAWeightIsOf() {
    Quantity q = at("35 tons");
    assertEquals("tons", q.unit());
    assertEquals("equipment", q.about());
  }

  @Test
  void readsTheApproximateNumberOfContractorsInSample001() {
    AnnotatedDoc doc = AnnotatedSamples.sample("001_");
    List<Quantity> found = new QuantityFinder().find(doc);
    Quantity q = found.stream().filter(x -> x.span().of(doc.text()).equals("about 400"))
        .findFirst().orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals(400, q.value());
    assertTrue(q.approximate());
    assertEquals("people", q.unit());
    assertTrue(q.about().contains("contractors"), q.about());
  }

  @Test
  void spansOfTheSamplesStartAndEndOnTheirEvidence() {
    for (String sample : List.of("000_", "001_", "003_")) {
      AnnotatedDoc doc = AnnotatedSamples.sample(sample);
      for (Quantity q : new QuantityFinder().find(doc)) {
        String evidence = q.span().of(doc.text());
        assertFalse(evidence.isBlank(), sample);
        assertEquals(evidence.strip(), evidence, sample);
        assertNull(q.max() != null && q.max() < q.value() ? q : null, sample);
      }
    }
  }

  private static Quantity at(String evidence) {
    return FOUND.stream().filter(q -> q.span().of(TEXT).equals(evidence)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity '" + evidence + "' in " + FOUND));
  }
}
