package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.Claim;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.Mention;
import dossier.model.Quantity;
import dossier.model.Sentence;
import java.util.List;

/** Finds everything Dossier extracts from one annotated report. Stateless and thread-safe. */
public final class Extractor {
  private final MentionFinder mentions = new MentionFinder();
  private final ClaimFinder claims = new ClaimFinder();
  // One lexicon: the events found and the sentences parsed for them must agree.
  private final EventLexicon eventLexicon = new EventLexicon();
  private final EventFinder events = new EventFinder(eventLexicon);
  private final QuantityFinder quantities = new QuantityFinder();
  private final ParseNeeds parseNeeds = new ParseNeeds(eventLexicon);

  public Extraction extract(AnnotatedDoc doc) {
    List<Mention> m = mentions.find(doc);
    List<Claim> c = ClaimTimes.dated(doc, claims.find(doc, m));
    List<Event> e = events.find(doc, m, c);
    List<Quantity> q = quantities.find(doc);
    return new Extraction(doc.article(), m, c, e, q, doc.tokenCount());
  }

  /**
   * Whether {@link #extract} reads this sentence's dependency parse, judged on its words, tags
   * and lemmas alone; sentences it does not read need not be parsed. For
   * {@code Annotator.annotate(article, extractor::needsParse)}.
   */
  public boolean needsParse(Sentence sentence) {
    return parseNeeds.needs(sentence);
  }
}
