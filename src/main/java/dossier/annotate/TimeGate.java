package dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * SUTime run only where a time or number expression can be: on the stretches of a sentence
 * within {@link #MARGIN} tokens of a token that {@link TimeWords} anchors. SUTime tries its
 * hundreds of rules at every token, and made three quarters of the memory that annotation
 * allocated. No rule matches without an anchor, and none reads further from one than the margin
 * (the tense cues that date "Monday" to the past or the future are within three tokens), so a
 * stretch gets what the whole sentence would, and a sentence without an anchor gets nothing
 * without running SUTime. Thread-safe when the extractor it gates is, as CoreNLP's is.
 */
final class TimeGate implements TimeExpressionExtractor {
  static final int MARGIN = 8;

  private final TimeExpressionExtractor sutime;

  TimeGate(TimeExpressionExtractor sutime) {
    this.sutime = sutime;
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<int[]> stretches = stretches(tokens);
    if (stretches.size() == 1 && stretches.get(0)[1] - stretches.get(0)[0] == tokens.size()) {
      return sutime.extractTimeExpressionCoreMaps(sentence, document);
    }
    List<CoreMap> found = new ArrayList<>();
    List<CoreMap> numbers = new ArrayList<>();
    for (int[] s : stretches) {
      CoreMap part = part(sentence, tokens, s[0], s[1]);
      found.addAll(sutime.extractTimeExpressionCoreMaps(part, document));
      numbers.addAll(part.get(CoreAnnotations.NumerizedTokensAnnotation.class));
    }
    if (!stretches.isEmpty()) {
      sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, numbers);
    }
    return found;
  }

  /** Token ranges [from, to) within the margin of an anchor, merged where they meet. */
  static List<int[]> stretches(List<CoreLabel> tokens) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (anchors(tokens.get(i))) {
        int from = Math.max(0, i - MARGIN);
        int to = Math.min(tokens.size(), i + MARGIN + 1);
        int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && from <= last[1]) {
          last[1] = to;
        } else {
          out.add(new int[] {from, to});
        }
      }
    }
    return out;
  }

  private static boolean anchors(CoreLabel t) {
    String original = t.get(CoreAnnotations.OriginalTextAnnotation.class);
    return TimeWords.anchors(t.word()) || original != null && TimeWords.anchors(original);
  }

  /**
   * Tokens [from, to) of a sentence as a sentence of their own, at the same character and token
   * offsets, so that what SUTime finds in it points at the same tokens.
   */
  private static CoreMap part(CoreMap sentence, List<CoreLabel> tokens, int from, int to) {
    int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int begin = tokens.get(from).beginPosition();
    int end = tokens.get(to - 1).endPosition();
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    Annotation part = new Annotation(text.substring(begin - sentenceBegin, end - sentenceBegin));
    part.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(from, to));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int offset = first == null ? 0 : first;
    part.set(CoreAnnotations.TokenBeginAnnotation.class, offset + from);
    part.set(CoreAnnotations.TokenEndAnnotation.class, offset + to);
    return part;
  }

  /** Not called by the NER annotator, which passes the document; runs SUTime ungated. */
  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
    return sutime.extractTimeExpressionCoreMaps(sentence, documentDate);
  }

  @Override
  public void finalize(CoreMap document) {
    sutime.finalize(document);
  }

  @Override
  public void init(String name, Properties props) {
    sutime.init(name, props);
  }

  @Override
  public void init(Options options) {
    sutime.init(options);
  }
}
