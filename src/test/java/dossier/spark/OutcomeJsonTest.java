package dossier.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dossier.DocumentPipeline.Outcome;
import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.DateSource;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.Fingerprint;
import dossier.model.Mention;
import dossier.model.Quantity;
import dossier.model.RawDoc;
import dossier.model.Ref;
import dossier.model.Removed;
import dossier.model.Span;
import dossier.model.Stance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documents and outcomes survive the trip to Spark's workers and back unchanged. */
class OutcomeJsonTest {
  static final String TEXT = "Reuters said Ana Ruiz denied about 40 to 50 arrests in Lima on May 3.";
  static final RawDoc RAW = new RawDoc("in/a.html", RawDoc.Format.HTML, "<p>" + TEXT + "</p>",
      Map.of("dc:title", "Arrests"), "ab12");

  @Test
  void aDocumentTravelsWhole() {
    assertEquals(RAW, OutcomeJson.readRaw(OutcomeJson.writeRaw(RAW)));
  }

  @Test
  void anExtractionWithEveryKindOfFactTravelsWhole() {
    Outcome sent = new Outcome(RAW, extraction(), new Fingerprint(new int[] {7, -3}, new int[] {1}),
        null, true);
    Outcome back = OutcomeJson.readOutcome(OutcomeJson.writeOutcome(sent), RAW);
    assertEquals(sent.extraction(), back.extraction());
    assertArrayEquals(sent.fingerprint().minhash(), back.fingerprint().minhash());
    assertArrayEquals(sent.fingerprint().bands(), back.fingerprint().bands());
    assertEquals(LocalDate.of(2019, 5, 3), back.extraction().article().published());
    assertSame(RAW, back.raw());
  }

  @Test
  void aSkippedDocumentTravelsWithItsReason() {
    Outcome sent = new Outcome(RAW, null, null, "error page, no story", false);
    Outcome back = OutcomeJson.readOutcome(OutcomeJson.writeOutcome(sent), RAW);
    assertEquals("error page, no story", back.skipReason());
    assertNull(back.extraction());
  }

  private static Extraction extraction() {
    Article article = new Article("in/a.html", "ab12", "Arrests", "Reuters", null,
        LocalDate.of(2019, 5, 3), DateSource.METADATA, "en", TEXT,
        List.of(new Removed("boilerplate", "Share this")));
    Span ana = at("Ana Ruiz");
    Mention mention = new Mention(ana, "Ana Ruiz", EntityType.PERSON);
    Span content = at("about 40 to 50 arrests in Lima");
    Claim claim = new Claim(new Span(0, TEXT.length()), Ref.named("Ana Ruiz", ana), "denied",
        at("denied"), List.of(Ref.named("Reuters", at("Reuters"))), content.of(TEXT), content,
        false, Stance.DENIES, true);
    Event event = new Event(new Span(0, TEXT.length()), "ARREST", null, null, null,
        new Ref("Lima", at("Lima"), false), "2019-05-03", "arrests", at("arrests"), 0);
    Quantity quantity = new Quantity(at("about 40 to 50"), 40, 50.0, true, "people", "arrests");
    return new Extraction(article, List.of(mention), List.of(claim), List.of(event),
        List.of(quantity), 17);
  }

  private static Span at(String words) {
    int start = TEXT.indexOf(words);
    return new Span(start, start + words.length());
  }
}
