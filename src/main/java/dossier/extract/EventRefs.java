package dossier.extract;

import dossier.extract.MentionWords.Word;
import dossier.model.Dependency;
import dossier.model.Mention;
import dossier.model.Ref;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names an event's participant from the head word of its phrase: the mention that holds the
 * head ("Navarro" gives "Luis Navarro"), else the noun phrase of the words that say who it is
 * ("Venezuelan troops", "members of the ELN"), without clauses, appositions, counts and leading
 * article.
 */
final class EventRefs {
  /** Relations inside a noun phrase that belong to whom it names. */
  private static final Set<String> NAMING = Set.of("compound", "amod", "nmod:poss", "nmod:of",
      "nmod:from", "flat", "fixed", "case", "det", "det:poss", "nummod", "goeswith");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** Beyond this many tokens a phrase is cut back to the head and what precedes it. */
  private static final int LONGEST = 10;

  private EventRefs() {}

  static Ref of(Sentence s, String text, int head, List<Mention> mentions) {
    Span at = s.token(head).span();
    for (Mention m : mentions) {
      if (m.span().contains(at)) {
        return Ref.named(m.text(), m.span());
      }
    }
    Span span = phrase(s, text, head);
    return Ref.named(span.of(text), span);
  }

  private static Span phrase(Sentence s, String text, int head) {
    List<Integer> tokens = Trees.reach(s, head, d -> NAMING.contains(d.relation())
        || d.relation().equals("punct") && s.token(d.dependent()).pos().equals("HYPH"));
    int first = head;
    while (tokens.contains(first - 1)) {
      first--;
    }
    int last = head;
    while (tokens.contains(last + 1)) {
      last++;
    }
    if (last - first >= LONGEST) {
      last = head;
    }
    while (first < head && leading(s, first)) {
      first++;
    }
    while (last > head && punctuation(s.token(last))) {
      last--;
    }
    // Whole words: "rank-and-file Democrats", not "file Democrats".
    Word start = MentionWords.around(s, text, first);
    Word end = MentionWords.around(s, text, last);
    return Trees.span(s, start.first(), end.last());
  }

  /**
   * An article, a preposition or mark ("on us", "to the region"), a count ("about 100"), or
   * punctuation: words before a phrase that do not say who it is.
   */
  private static boolean leading(Sentence s, int t) {
    Dependency up = s.parentEdge(t);
    String rel = up == null ? "" : up.relation();
    Dependency above = up == null || up.governor() == 0 ? null : s.parentEdge(up.governor());
    boolean count = rel.equals("nummod")
        || up != null && up.governor() > t && above != null && above.relation().equals("nummod");
    return ARTICLES.contains(s.token(t).word().toLowerCase(Locale.ROOT))
        || Trees.base(rel).equals("case") || rel.equals("mark") || count
        || punctuation(s.token(t));
  }

  private static boolean punctuation(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }
}
