package dossier.annotate;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Properties;

/**
 * CoreNLP's {@code ner} annotator, same settings and output, with its SUTime behind a
 * {@link TimeGate}. Public only because CoreNLP loads custom annotators by reflection; Dossier's
 * {@link Annotator} puts it in place of {@code ner}. CoreNLP builds the extractor deep inside
 * the annotator and offers no way to hand it another, so the gate is set into its private
 * fields; a CoreNLP release that renames them fails here, at load, not silently.
 */
public final class TimeGatedNer extends NERCombinerAnnotator {

  /** The annotator's name in Dossier's pipelines. */
  static final String NAME = "dossierner";

  /** Called by CoreNLP with the pipeline's properties, read as {@code ner} reads them. */
  public TimeGatedNer(String name, Properties props) throws IOException {
    super(props);
    Object combiner = get(NERCombinerAnnotator.class, "ner", this);
    Object numbers = get(NERClassifierCombiner.class, "nsc", combiner);
    if (numbers instanceof NumberSequenceClassifier) {
      Field field = field(NumberSequenceClassifier.class, "timexExtractor");
      try {
        TimeExpressionExtractor sutime = (TimeExpressionExtractor) field.get(numbers);
        if (sutime != null) {
          field.set(numbers, new TimeGate(sutime));
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot gate SUTime", e);
      }
    }
  }

  private static Object get(Class<?> owner, String name, Object from) {
    try {
      return field(owner, name).get(from);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot gate SUTime", e);
    }
  }

  private static Field field(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + " lacks " + name, e);
    }
  }
}
