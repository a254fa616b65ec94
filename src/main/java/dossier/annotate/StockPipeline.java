package dossier.annotate;

import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP as a user would run it with no tuning: the given annotators with the library's stock
 * settings. The baseline that benchmarks hold Dossier's {@link Annotator} against; not shared,
 * so its models go when it does.
 */
public final class StockPipeline {

  /** The full stack a naive user would run to find who said what: parse, coreference, quotes. */
  public static final String NAIVE_ANNOTATORS =
      "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  /** Loads the models for the annotators now. */
  public StockPipeline(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** Annotates one article; coreference and quotes are computed but not kept. */
  public AnnotatedDoc annotate(Article article) {
    CoreDocument doc = CoreDocs.document(article);
    pipeline.annotate(doc);
    return CoreDocs.convert(article, doc);
  }
}
