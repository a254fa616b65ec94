package dossier.annotate;

import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.Dependency;
import dossier.model.NamedEntity;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
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
  private final boolean parses;

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
    this.parses = annotators.contains("depparse");
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
    CoreDocument doc = new CoreDocument(article.text());
    if (article.published() != null) {
      doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<CoreSentence> coreSentences = doc.sentences();
    for (int i = 0; i < coreSentences.size(); i++) {
      sentences.add(sentence(i, coreSentences.get(i)));
    }
    return new AnnotatedDoc(article, sentences, entities(doc));
  }

  private Sentence sentence(int index, CoreSentence s) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : s.tokens()) {
      tokens.add(new Token(t.index(), new Span(t.beginPosition(), t.endPosition()), t.word(),
          t.lemma(), t.tag(), t.ner() == null ? "O" : t.ner(),
          t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = parses ? s.dependencyParse() : null;
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency(0, "root", root.index()));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getGovernor().index(), e.getRelation().toString(),
            e.getDependent().index()));
      }
    }
    int begin = s.charOffsets().first();
    int end = s.charOffsets().second();
    return new Sentence(index, new Span(begin, end), tokens, deps);
  }

  private static List<NamedEntity> entities(CoreDocument doc) {
    List<NamedEntity> out = new ArrayList<>();
    List<CoreSentence> sentences = doc.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreEntityMention> mentions = sentences.get(i).entityMentions();
      if (mentions == null) {
        continue;
      }
      for (CoreEntityMention m : mentions) {
        List<CoreLabel> toks = m.tokens();
        out.add(new NamedEntity(new Span(m.charOffsets().first(), m.charOffsets().second()),
            m.text(), m.entityType(),
            m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), i,
            toks.get(0).index(), toks.get(toks.size() - 1).index()));
      }
    }
    return out;
  }
}
