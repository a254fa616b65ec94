package dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.DateSource;
import dossier.model.Token;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
  private static final String TEXT = "The minister said on Monday that the talks, which stalled in "
      + "March, would resume in Oslo. Rain fell all day. Officials who asked not to be named told "
      + "Reuters the delegations had agreed on an agenda.";

  private static Article article(String text) {
    return article(text, null);
  }

  private static Article article(String text, LocalDate published) {
    return new Article("annotator-test", Integer.toHexString(text.hashCode()), "", null, null,
        published, published == null ? null : DateSource.METADATA, "en", text, List.of());
  }

  @Test
  void parsesOnlyTheSentencesAskedFor() {
    AnnotatedDoc doc = Annotator.shared().annotate(article(TEXT),
        s -> s.tokens().stream().anyMatch(t -> t.lemma().equals("rain")));

    assertEquals(3, doc.sentences().size());
    assertTrue(doc.sentences().get(0).dependencies().isEmpty());
    assertFalse(doc.sentences().get(1).dependencies().isEmpty());
    assertTrue(doc.sentences().get(2).dependencies().isEmpty());
    assertEquals("DATE", doc.sentences().get(0).token(5).ner(),
        "an unparsed sentence keeps its entity labels");
  }

  @Test
  void resolvesTimesAgainstThePublicationDate() {
    AnnotatedDoc doc = Annotator.shared().annotate(
        article(TEXT, LocalDate.of(2019, 5, 8)), s -> false);

    Token monday = doc.sentences().get(0).token(5);
    assertEquals("Monday", monday.word());
    assertEquals("2019-05-06", monday.normalized());
    assertEquals("O", doc.sentences().get(1).token(1).ner(), "a sentence without a time");
  }

  @Test
  void parsesAsCoreNlpsDependencyAnnotatorDoes() {
    AnnotatedDoc ours = Annotator.shared().annotate(article(TEXT));
    AnnotatedDoc stock = new StockPipeline("tokenize,ssplit,pos,lemma,depparse")
        .annotate(article(TEXT));

    assertEquals(stock.sentences().size(), ours.sentences().size());
    for (int i = 0; i < ours.sentences().size(); i++) {
      assertEquals(stock.sentences().get(i).dependencies(), ours.sentences().get(i).dependencies(),
          "sentence " + i);
    }
  }
}
