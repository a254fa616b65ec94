package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedDocTest {
  private static final String TEXT = "One two. Three four five. Six.";

  private static AnnotatedDoc threeSentences() {
    List<Sentence> sentences = List.of(
        new Sentence(0, new Span(0, 8), List.of(), List.of()),
        new Sentence(1, new Span(9, 25), List.of(), List.of()),
        new Sentence(2, new Span(26, 30), List.of(), List.of()));
    return new AnnotatedDoc(Fixtures.article("hand-made", null, TEXT), sentences, List.of());
  }

  @Test
  void findsTheSentenceHoldingASpan() {
    AnnotatedDoc doc = threeSentences();
    assertEquals(0, doc.sentenceHolding(Fixtures.span(TEXT, "One")).index());
    assertEquals(1, doc.sentenceHolding(Fixtures.span(TEXT, "four five")).index());
    assertEquals(2, doc.sentenceHolding(Fixtures.span(TEXT, "Six.")).index());
  }

  @Test
  void findsNoSentenceForASpanAcrossTwoOrBetweenThem() {
    AnnotatedDoc doc = threeSentences();
    assertNull(doc.sentenceHolding(Fixtures.span(TEXT, "two. Three")));
    assertNull(doc.sentenceHolding(new Span(8, 9)));
  }
}
