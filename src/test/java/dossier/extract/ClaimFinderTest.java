package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claim finding on documents built by hand, without the NLP pipeline. */
class ClaimFinderTest {
  @Test
  void findsNothingWhereTheTextWasNotParsed() {
    String text = "\u201cWe are ready,\u201d the general said.";
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    int index = 1;
    for (String w : text.split(" ")) {
      tokens.add(new Token(index++, new Span(at, at + w.length()), w, w, "NN", "O", null));
      at += w.length() + 1;
    }
    Article article = new Article("hand-made", "0", "", null, null, null, null, "en", text,
        List.of());
    AnnotatedDoc doc = new AnnotatedDoc(article,
        List.of(new Sentence(0, new Span(0, text.length()), tokens, List.of())), List.of());
    assertEquals(List.of(), new ClaimFinder().find(doc, List.of()));
  }
}
