package dossier.annotate;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (the model of its {@code depparse} annotator), building only
 * the enhanced++ graph that {@link CoreDocs} reads. The annotator also builds the basic,
 * collapsed, CC-processed and enhanced graphs of every sentence: a fifth of its time, unused.
 * Thread-safe, as the annotator's own multi-threaded mode relies on.
 */
final class SentenceParser {
  private final DependencyParser parser =
      DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());

  /** Parses a tagged sentence, setting its enhanced++ dependencies. */
  void parse(CoreMap sentence) {
    GrammaticalStructure structure = parser.predict(sentence);
    sentence.set(EnhancedPlusPlusDependenciesAnnotation.class, SemanticGraphFactory.makeFromTree(
        structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE, null));
  }
}
