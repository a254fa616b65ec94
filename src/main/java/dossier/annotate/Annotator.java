package dossier.annotate;

import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Annotates clean articles with Stanford CoreNLP. Pipelines are expensive to load (seconds to a
 * minute), so there is one per annotator set per process, shared through {@link #shared}.
 */
public final class Annotator {

  /** What extraction needs: tokens, sentences, POS, lemmas, NER with SUTime, dependencies. */
  public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private static final Map<String, Annotator> SHARED = new ConcurrentHashMap<>();

  private final StanfordCoreNLP pipeline;

  private Annotator(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    // Scraped text wraps lines inside paragraphs; a blank line is the reliable break.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    props.setProperty("ner.applyFineGrained", "true");
    props.setProperty("ner.buildEntityMentions", "true");
    // Scraped sentences can run for hundreds of tokens; the parser's cost grows with length.
    props.setProperty("depparse.maxLength", "150");
    props.setProperty("pos.maxLen", "200");
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** The process-wide annotator for this annotator list, loaded on first use. */
  public static Annotator shared(String annotators) {
    return SHARED.computeIfAbsent(annotators.replace(" ", ""), Annotator::new);
  }

  /** The process-wide annotator with {@link #DEFAULT_ANNOTATORS}. */
  public static Annotator shared() {
    return shared(DEFAULT_ANNOTATORS);
  }

  /**
   * Annotates one article. Relative dates ("Monday", "last year") are resolved against its
   * publication date when it has one.
   */
  public AnnotatedDoc annotate(Article article) {
    CoreDocument doc = CoreDocs.document(article);
    pipeline.annotate(doc);
    return CoreDocs.convert(article, doc);
  }
}
