package dossier.annotate;

import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.Sentence;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Annotates clean articles with Stanford CoreNLP. Pipelines are expensive to load (seconds to a
 * minute), so there is one per annotator set per process, shared through {@link #shared}; they
 * are thread-safe. When the dependency parser comes last in the list, Dossier runs it itself,
 * on the sentences the caller asks for; {@code ner} runs SUTime only where a time or number can
 * be ({@link TimeGatedNer}).
 */
public final class Annotator {

  /** What extraction needs: tokens, sentences, POS, lemmas, NER with SUTime, dependencies. */
  public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private static final Map<String, Annotator> SHARED = new ConcurrentHashMap<>();

  private static final String PARSER = ",depparse";

  private final StanfordCoreNLP pipeline;
  /** The parser run after the pipeline, or null when CoreNLP runs its own or none. */
  private final SentenceParser parser;

  private Annotator(String annotators) {
    boolean parsesLast = annotators.endsWith(PARSER);
    this.pipeline = new StanfordCoreNLP(settings(parsesLast
        ? annotators.substring(0, annotators.length() - PARSER.length()) : annotators));
    this.parser = parsesLast ? new SentenceParser() : null;
  }

  /** Dossier's CoreNLP settings for a pipeline of these annotators. */
  static Properties settings(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", withGatedNer(annotators));
    props.setProperty("customAnnotatorClass." + TimeGatedNer.NAME, TimeGatedNer.class.getName());
    // Scraped text wraps lines inside paragraphs; a blank line is the reliable break.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    props.setProperty("ner.applyFineGrained", "true");
    // Fine-grained labels (TITLE, COUNTRY, NATIONALITY...) without the regex entries that cost
    // half the pipeline's time; see LiteralGazetteers.
    props.setProperty("ner.fine.regexner.mapping", LiteralGazetteers.mapping());
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("pos.maxLen", "200");
    return props;
  }

  /** The list with CoreNLP's {@code ner} replaced by the same behind a gate on SUTime. */
  private static String withGatedNer(String annotators) {
    return String.join(",", Arrays.stream(annotators.split(","))
        .map(a -> a.equals("ner") ? TimeGatedNer.NAME : a).toList());
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
    return annotate(article, sentence -> true);
  }

  /**
   * Annotates one article, dependency-parsing only the sentences that {@code parse} accepts (it
   * sees each with tokens, tags, lemmas and entity labels, and no dependencies); the others get
   * no dependencies. Parsing is the costliest step, so a caller that reads few sentences' parses
   * saves by asking for those alone.
   */
  public AnnotatedDoc annotate(Article article, Predicate<Sentence> parse) {
    CoreDocument doc = CoreDocs.document(article);
    pipeline.annotate(doc);
    if (parser != null) {
      List<CoreSentence> sentences = doc.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        if (parse.test(CoreDocs.sentence(i, sentences.get(i)))) {
          parser.parse(sentences.get(i).coreMap());
        }
      }
    }
    return CoreDocs.convert(article, doc);
  }
}
