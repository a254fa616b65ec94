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
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/** Converts an annotated CoreNLP document into Dossier's own records. */
final class CoreDocs {
  private CoreDocs() {}

  /** A CoreNLP document for the article, dated by its publication date when it has one. */
  static CoreDocument document(Article article) {
    CoreDocument doc = new CoreDocument(article.text());
    if (article.published() != null) {
      doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    return doc;
  }

  static AnnotatedDoc convert(Article article, CoreDocument doc) {
    List<Sentence> sentences = new ArrayList<>();
    List<CoreSentence> coreSentences = doc.sentences();
    for (int i = 0; i < coreSentences.size(); i++) {
      sentences.add(sentence(i, coreSentences.get(i)));
    }
    return new AnnotatedDoc(article, sentences, entities(doc));
  }

  /** Sentence {@code index} as annotated so far; no dependencies when it is not parsed yet. */
  static Sentence sentence(int index, CoreSentence s) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : s.tokens()) {
      tokens.add(new Token(t.index(), new Span(t.beginPosition(), t.endPosition()), t.word(),
          t.lemma(), t.tag(), t.ner() == null ? "O" : t.ner(),
          t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
    }
    int begin = s.charOffsets().first();
    int end = s.charOffsets().second();
    return new Sentence(index, new Span(begin, end), tokens, dependencies(s.dependencyParse()));
  }

  /** The basic graph's edges, roots as edges from 0; none for a sentence left unparsed. */
  private static List<Dependency> dependencies(SemanticGraph graph) {
    List<Dependency> deps = new ArrayList<>();
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency(0, "root", root.index()));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getGovernor().index(), e.getRelation().toString(),
            e.getDependent().index()));
      }
    }
    return deps;
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
