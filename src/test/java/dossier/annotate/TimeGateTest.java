package dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.Shared;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TimeGateTest {
  /** Expressions built on words the gate must know, and sentences far from any anchor. */
  private static final String TRICKY = "Such talks once failed. Nothing like it happened in the "
      + "past. The envoys meet biweekly. The truce held over Christmas. A three-month-old "
      + "ceasefire broke. Hundreds fled. He was not there at the time. Officials who asked not "
      + "to be named because they were not authorised to speak to reporters said on Monday that "
      + "the talks, which have stalled since the beginning of the year, would resume in the "
      + "autumn, two days after the envoys meet. He called it an act of war.";

  @Test
  void anchorsOnDigitsAndOnTimeAndNumberWords() {
    for (String word : List.of("2019", "Mondays", "mid-morning", "three-month-old", "biweekly",
        "hundreds", "Sept.", "tonight", "ago")) {
      assertTrue(TimeWords.anchors(word), word);
    }
    for (String word : List.of("said", "the", "last", "early", "officials", "talks", "Reuters")) {
      assertFalse(TimeWords.anchors(word), word);
    }
  }

  @Test
  void findsWhatSutimeFindsInTheWholeSentence() throws IOException {
    TimeExpressionExtractor sutime =
        TimeExpressionExtractorFactory.createExtractor("sutime", new Properties());
    TimeGate gate = new TimeGate(sutime);
    List<String> texts = new ArrayList<>(List.of(TRICKY));
    try (Stream<Path> files = Files.list(Shared.samples())) {
      for (Path f : files.sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    int found = 0;
    for (String text : texts) {
      List<String> whole = found(text, sutime);
      assertEquals(whole, found(text, gate));
      found += whole.stream().filter(s -> !s.endsWith("||")).count();
    }
    assertTrue(found > 20, "sentences with expressions: " + found);
  }

  /** Per sentence, its text and what the extractor found in it: expressions, numbers. */
  private static List<String> found(String text, TimeExpressionExtractor extractor) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, "2019-05-08");
    tagger().annotate(doc);
    List<String> out = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      StringBuilder s = new StringBuilder(sentence.toString()).append(" ||");
      for (CoreMap e : extractor.extractTimeExpressionCoreMaps(sentence, doc)) {
        s.append(' ').append(span(e)).append(e.get(TimeAnnotations.TimexAnnotation.class));
      }
      List<CoreMap> numbers = sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class);
      for (CoreMap n : numbers == null ? List.<CoreMap>of() : numbers) {
        if (n.containsKey(CoreAnnotations.NumericCompositeValueAnnotation.class)) {
          s.append(' ').append(span(n))
              .append(n.get(CoreAnnotations.NumericCompositeValueAnnotation.class));
        }
      }
      out.add(s.toString());
    }
    extractor.finalize(doc);
    return out;
  }

  private static String span(CoreMap m) {
    return m.get(CoreAnnotations.TokenBeginAnnotation.class) + "-"
        + m.get(CoreAnnotations.TokenEndAnnotation.class) + ":";
  }

  private static StanfordCoreNLP tagger;

  private static synchronized StanfordCoreNLP tagger() {
    if (tagger == null) {
      tagger = new StanfordCoreNLP(Annotator.settings("tokenize,ssplit,pos,lemma"));
    }
    return tagger;
  }
}
