package dossier.extract;

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
 * head ("Navarro" gives "Luis Navarro"), else the noun phrase without its clauses, appositions
 * and leading article ("Venezuelan troops", "members of the ELN").
 */
final class EventRefs {
  /** Parts of a noun phrase that say more than who it is. */
  private static final Set<String> NOT_NAME = Set.of("acl", "appos", "punct", "parataxis",
      "conj", "cc", "dep", "advcl", "ref", "list", "discourse");
  /** Prepositional phrases that are part of whom a phrase names ("members of the ELN"). */
  private static final Set<String> NAMING_NMODS = Set.of("nmod:of", "nmod:poss", "nmod:from");
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
    Span span = phrase(s, head);
    return Ref.named(span.of(text), span);
  }

  private static Span phrase(Sentence s, int head) {
    Set<Integer> cut = new java.util.HashSet<>();
    for (Dependency d : s.dependencies()) {
      String rel = d.relation();
      boolean aside = NOT_NAME.contains(Trees.base(rel))
          || rel.startsWith("nmod:") && !NAMING_NMODS.contains(rel);
      if (aside && d.governor() != 0) {
        cut.add(d.dependent());
      }
    }
    List<Integer> tokens = Trees.subtree(s, head, cut);
    int first = contiguousStart(tokens, head);
    int last = contiguousEnd(tokens, head);
    if (last - first >= LONGEST) {
      last = head;
    }
    while (first < head && leading(s, first)) {
      first++;
    }
    while (last > head && punctuation(s.token(last))) {
      last--;
    }
    return Trees.span(s, first, last);
  }

  /**
   * An article, a preposition or mark ("on us", "to the region"), a count ("about 100"), or
   * punctuation: words before a phrase that do not say who it is.
   */
  private static boolean leading(Sentence s, int t) {
    Dependency up = s.parentEdge(t);
    String rel = up == null ? "" : up.relation();
    boolean count = rel.equals("nummod") || up != null && up.governor() > t
        && s.parentEdge(up.governor()) != null
        && s.parentEdge(up.governor()).relation().equals("nummod");
    return ARTICLES.contains(s.token(t).word().toLowerCase(Locale.ROOT))
        || Trees.base(rel).equals("case") || rel.equals("mark") || count
        || punctuation(s.token(t));
  }

  private static int contiguousStart(List<Integer> tokens, int head) {
    int first = head;
    while (tokens.contains(first - 1)) {
      first--;
    }
    return first;
  }

  private static int contiguousEnd(List<Integer> tokens, int head) {
    int last = head;
    while (tokens.contains(last + 1)) {
      last++;
    }
    return last;
  }

  private static boolean punctuation(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }
}
