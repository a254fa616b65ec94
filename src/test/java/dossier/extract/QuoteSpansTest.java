package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {
  private static List<String> inner(String text) {
    return QuoteSpans.find(text).stream().map(q -> q.inner().of(text)).toList();
  }

  @Test
  void pairsCurlyQuotesAndLeavesApostrophesAlone() {
    assertEquals(List.of("We are ready,", "It’s over."),
        inner("“We are ready,” Venezuela’s envoy said. “It’s over.”"));
  }

  @Test
  void pairsStraightQuotesInOrder() {
    assertEquals(List.of("One.", "Two"), inner("\"One.\" he said, \"Two\" and more."));
  }

  @Test
  void pairsDoubledApostrophesOfWireCopy() {
    assertEquals(List.of("I think so,"), inner("''I think so,'' said Senator Smith."));
  }

  @Test
  void doesNotPairQuotesAcrossParagraphs() {
    assertEquals(List.of("Open"), inner("He said \"closed.\n\n\"Open\" she said."));
  }

  @Test
  void quoteOpeningAParagraphAndLeftOpenRunsToItsEnd() {
    String text = "“First paragraph of a long quote.\n\n“Second part,” she said.";
    assertEquals(List.of("First paragraph of a long quote.", "Second part,"), inner(text));
  }

  @Test
  void strayOpeningMarkInsideAParagraphIsNoQuote() {
    assertTrue(inner("The “so-called group met. Nothing more.").isEmpty());
  }
}
