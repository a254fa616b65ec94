package dossier.extract;

import dossier.model.Dependency;
import dossier.model.Sentence;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The verbs that name events, read from {@code event-verbs.txt}. */
final class EventLexicon {

  /**
   * One verb sense.
   *
   * @param lemma the verb's lemma
   * @param with a particle, preposition or object lemma it needs ("on" in "call on"), or null
   * @param type the PLOVER type
   * @param mode the mode, or null
   * @param transfer the object is what is given and the recipient is the target
   * @param motion the actor moves, so the event needs a place
   * @param intransitive the sense has no object ("protested", not "demonstrated its power")
   * @param named the target must be a named actor ("sanctioned Venezuela", not "sanctioned a
   *     plan")
   */
  record Entry(String lemma, String with, String type, String mode, boolean transfer,
      boolean motion, boolean intransitive, boolean named) {}

  private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

  private final Map<String, List<Entry>> byLemma = new HashMap<>();

  EventLexicon() {
    for (String line : MentionLexicon.lines("event-verbs.txt")) {
      String[] cols = line.split("\t");
      String[] words = cols[0].split(" ");
      String[] typeMode = cols[1].split("/");
      String flags = cols.length > 2 ? cols[2] : "";
      Entry e = new Entry(words[0], words.length > 1 ? words[1] : null, typeMode[0],
          typeMode.length > 1 ? typeMode[1] : null, flags.contains("transfer"),
          flags.contains("motion"), flags.contains("intransitive"), flags.contains("named"));
      byLemma.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
    }
  }

  /** The verbs it knows, lower-case. */
  Set<String> lemmas() {
    return byLemma.keySet();
  }

  /**
   * The sense of verb token {@code verb}: one whose companion word is there (a particle first),
   * else the plain verb; or null.
   */
  Entry match(Sentence s, int verb) {
    List<Entry> entries = byLemma.get(s.token(verb).lemma().toLowerCase(Locale.ROOT));
    if (entries == null) {
      return null;
    }
    Entry best = null;
    int bestFit = 0;
    for (Entry e : entries) {
      int fit = e.with() == null ? 1 : companion(s, verb, e.with());
      if (fit > bestFit) {
        best = e;
        bestFit = fit;
      }
    }
    return best;
  }

  /**
   * A particle ("put down"), a preposition of an oblique ("call on"), an object ("impose
   * sanctions"), or a preposition right after the verb that the parser hung elsewhere.
   */
  private static int companion(Sentence s, int verb, String word) {
    int fit = 0;
    if (verb < s.tokens().size() && prepositional(s.token(verb + 1))
        && s.token(verb + 1).lemma().equalsIgnoreCase(word)) {
      fit = 2;
    }
    for (Dependency d : s.children(verb)) {
      String rel = d.relation();
      String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      if (rel.equals("compound:prt") && lemma.equals(word)) {
        return 3; // a particle binds closest: "call out Russia on this" is not "call on"
      }
      boolean object = Trees.base(rel).equals("obj") && lemma.equals(word);
      // "called Lavrov on Saturday" is no "call on": a time phrase is no companion.
      boolean oblique = Trees.base(rel).equals("obl") && rel.endsWith(":" + word)
          && !TIMES.contains(s.token(d.dependent()).ner());
      if (object || oblique) {
        fit = 2;
      }
    }
    return fit;
  }

  /** A preposition or particle. */
  static boolean prepositional(Token t) {
    return t.pos().equals("IN") || t.pos().equals("RP");
  }
}
