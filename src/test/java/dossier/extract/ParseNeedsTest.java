package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.annotate.Annotator;
import dossier.model.AnnotatedDoc;
import dossier.model.Extraction;
import dossier.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseNeedsTest {
  private static final Extractor EXTRACTOR = new Extractor();

  @Test
  void asksForTheParseOfCuesQuotesEventsAndNumbersOnly() {
    AnnotatedDoc doc = AnnotatedSamples.annotate("parse-needs.txt", "The sky was grey. "
        + "Guaido said the army would defect. \"We are ready,\" he told supporters. "
        + "Troops attacked the border post. About 400 contractors flew in. "
        + "The hall was quiet and dark.");
    List<Boolean> needs = doc.sentences().stream().map(this::needs).toList();

    assertEquals(List.of(false, true, true, true, true, false), needs);
  }

  @Test
  void extractsFromSamplesWhatItExtractsWhenEverySentenceIsParsed() {
    long unparsed = 0;
    for (String sample : List.of("000_", "001_", "003_")) {
      AnnotatedDoc selective = AnnotatedSamples.sample(sample);
      AnnotatedDoc full = Annotator.shared().annotate(selective.article());
      unparsed += selective.sentences().stream().filter(s -> s.dependencies().isEmpty()).count();

      Extraction expected = EXTRACTOR.extract(full);
      Extraction actual = EXTRACTOR.extract(selective);
      assertEquals(expected.claims(), actual.claims(), sample);
      assertEquals(expected.events(), actual.events(), sample);
      assertEquals(expected.quantities(), actual.quantities(), sample);
      assertEquals(expected.mentions(), actual.mentions(), sample);
    }
    assertTrue(unparsed > 0, "some sentences of the samples are left unparsed");
  }

  private boolean needs(Sentence s) {
    return EXTRACTOR.needsParse(new Sentence(s.index(), s.span(), s.tokens(), List.of()));
  }
}
