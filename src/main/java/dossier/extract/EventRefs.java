package dossier.extract;

import dossier.extract.MentionWords.Word;
import dossier.model.Dependency;
import dossier.model.EntityType;
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
 * head ("Navarro" gives "Luis Navarro"), or the person or organisation the head belongs to
 * ("ELN fighters" gives "ELN"), else the noun phrase of the words that say who it is
 * ("Venezuelan troops"), without clauses, appositions, counts and leading article.
 */
final class EventRefs {
  /** Relations inside a noun phrase that belong to whom it names. */
  private static final Set<String> NAMING = Set.of("compound", "amod", "nmod:poss", "nmod:of",
      "nmod:from", "flat", "fixed", "case", "det", "det:poss", "nummod", "goeswith");
  /** How a phrase names the person or body its head belongs to, closest first. */
  private static final List<String> OWNER_RELATIONS = List.of("compound", "nmod:poss",
      "nmod:of");
  /** Whom a group can act for; a nationality or place only says where it is from. */
  private static final Set<EntityType> OWNERS = Set.of(EntityType.PERSON,
      EntityType.ORGANIZATION);
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** Beyond this many tokens a phrase is cut back to the head and what precedes it. */
  private static final int LONGEST = 10;

  private EventRefs() {}

  static Ref of(Sentence s, String text, int head, List<Mention> mentions) {
    Mention named = mentionAt(s, head, mentions, null);
    for (int i = 0; named == null && i < OWNER_RELATIONS.size(); i++) {
      // "ELN fighters", "Maduro's government", "members of the ELN": the fighters act for the
      // ELN, and the knowledge base knows the ELN.
      for (int owner : Trees.children(s, head, Set.of(OWNER_RELATIONS.get(i)))) {
        Mention m = mentionAt(s, owner, mentions, OWNERS);
        named = named == null ? m : named;
      }
    }
    if (named != null) {
      return Ref.named(named.text(), named.span());
    }
    Span span = phrase(s, text, head);
    return Ref.named(span.of(text), span);
  }

  /** The mention (of one of {@code types}, when given) that holds token {@code t}, or null. */
  private static Mention mentionAt(Sentence s, int t, List<Mention> mentions,
      Set<EntityType> types) {
    Span at = s.token(t).span();
    for (Mention m : mentions) {
      if (m.span().contains(at) && (types == null || types.contains(m.type()))) {
        return m;
      }
    }
    return null;
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
