package dossier.extract;

import dossier.extract.QuantityReader.Reading;
import dossier.model.Dependency;
import dossier.model.Sentence;
import dossier.model.Token;
import java.util.Locale;
import java.util.Set;

/**
 * What a number counts and in what unit: the noun it modifies ("400 Russian contractors"), the
 * noun whose number it is ("the number of Russian contractors ... may be about 400"), or a unit
 * of measure or currency ("3.2 miles", "$60,000") with what it measures ("a range of").
 */
final class QuantityCounted {
  /** Nouns that stand for a count of something else: "the number of contractors". */
  private static final Set<String> COUNT_NOUNS = Set.of("number", "total", "count", "figure",
      "tally", "toll", "strength", "size");
  private static final Set<String> AIRCRAFT = Set.of("aircraft", "airplane", "plane", "jet",
      "warplane", "helicopter", "bomber", "fighter", "drone", "airliner", "gunship");
  private static final Set<String> TIME_NOUNS = Set.of("second", "minute", "hour", "day", "week",
      "month", "year", "decade", "century", "weekend", "night", "time");
  /** How a number hangs on what it counts; the parser calls some "compound". */
  private static final Set<String> MODIFIES = Set.of("nummod", "compound", "amod");
  private static final Set<String> NAMED = Set.of("PERSON", "LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE", "ORGANIZATION");
  private static final Set<String> MEASURED = Set.of("nmod:of", "nmod:in", "nmod:for");
  /** Words that belong to the number, not to what it counts ("5,000 more troops"). */
  private static final Set<String> NOT_ABOUT = Set.of("more", "fewer", "less", "other", "extra",
      "[", "(", "\"", "“", "-");

  /**
   * @param unit what the number is counted in
   * @param about the counted noun phrase, or null
   * @param to last token of the evidence, with any unit word
   */
  record Counted(String unit, String about, int to) {}

  private final QuantityLexicon lexicon;

  QuantityCounted(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The unit and subject of a reading, or null when it counts nothing (a duration, a bare
   * number, a name).
   */
  Counted of(Sentence s, String text, Reading r) {
    String sign = lexicon.units.get(s.token(r.first()).word());
    if (sign != null) {
      return new Counted(sign, measured(s, text, externalHead(s, r)), r.to());
    }
    int next = r.last() + 1;
    if (next <= s.tokens().size()) {
      Token t = s.token(next);
      String unit = t.word().equals("%") ? "percent" : unitWord(t);
      if (unit != null) {
        return new Counted(unit, measured(s, text, next), Math.max(r.to(), next));
      }
    }
    int noun = countedNoun(s, r);
    if (noun < 0 || time(s.token(noun)) || named(s.token(noun))) {
      return null;
    }
    String unit = unitWord(s.token(noun));
    if (unit != null) {
      return new Counted(unit, measured(s, text, noun), r.to());
    }
    int stop = noun > r.last() ? r.last() : 0;
    return new Counted(countUnit(s.token(noun)), phrase(s, text, noun, stop), r.to());
  }

  private String unitWord(Token t) {
    String unit = lexicon.units.get(t.lemma());
    return unit != null ? unit : lexicon.units.get(t.word());
  }

  private String countUnit(Token noun) {
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    if (lexicon.people.contains(lemma) || lexicon.people.contains(noun.word())
        || noun.ner().equals("TITLE")) {
      return "people";
    }
    return AIRCRAFT.contains(lemma) ? "aircraft" : lemma;
  }

  /**
   * A place, person or body is named, not counted: "131 West 23rd Street". A counted noun is
   * plural or written in lower case.
   */
  private static boolean named(Token t) {
    boolean capitalSingular = Character.isUpperCase(t.word().charAt(0)) && t.index() > 1
        && (t.pos().equals("NN") || t.pos().equals("NNP"));
    return capitalSingular || NAMED.contains(t.ner());
  }

  private static boolean time(Token t) {
    return TIME_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.ner().equals("DURATION")
        || t.ner().equals("DATE") || t.ner().equals("TIME");
  }

  /** The noun the number counts, or -1. */
  private static int countedNoun(Sentence s, Reading r) {
    int head = externalHead(s, r);
    Dependency up = s.parentEdge(head);
    if (up != null && MODIFIES.contains(up.relation()) && noun(s, up.governor())
        && up.governor() > head) {
      return phraseHead(s, up.governor());
    }
    int subject = Trees.children(s, head, Set.of("cop")).isEmpty() ? -1 : predicated(s, head);
    if (subject > 0) {
      return subject;
    }
    int after = nounAfter(s, r.last());
    return after < 0 ? -1 : phraseHead(s, after);
  }

  /**
   * What a number said to be ("... may be about 400") counts: its subject, or what the nearest
   * count noun before it counts ("the number of Russian contractors"), since the parser often
   * mistakes that subject for the object of a verb before it.
   */
  private static int predicated(Sentence s, int number) {
    int subject = Trees.child(s, number, Set.of("nsubj"));
    for (int t = number - 1; t >= 1 && subject < 0; t--) {
      if (COUNT_NOUNS.contains(s.token(t).lemma())) {
        subject = t;
      }
    }
    if (subject > 0 && COUNT_NOUNS.contains(s.token(subject).lemma())) {
      int of = Trees.child(s, subject, Set.of("nmod:of"));
      return of > 0 ? of : subject;
    }
    return subject > 0 && noun(s, subject) ? subject : -1;
  }

  /** Climbs from a modifier noun to the head of its phrase: "Tu" to "bombers". */
  private static int phraseHead(Sentence s, int noun) {
    int at = noun;
    Dependency up = s.parentEdge(at);
    while (up != null && up.relation().equals("compound") && up.governor() > at
        && noun(s, up.governor())) {
      at = up.governor();
      up = s.parentEdge(at);
    }
    return at;
  }

  /** A noun right after the number, past brackets and adjectives: "1,050 [pilots]". */
  private static int nounAfter(Sentence s, int last) {
    for (int i = last + 1; i <= Math.min(last + 3, s.tokens().size()); i++) {
      Token t = s.token(i);
      if (noun(s, i)) {
        return i;
      }
      if (!t.pos().startsWith("JJ") && !t.pos().equals("-LRB-") && !t.word().equals("[")
          && !t.word().equals("(")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean noun(Sentence s, int i) {
    return i >= 1 && s.token(i).pos().startsWith("NN");
  }

  /** The token of the reading attached outside it. */
  private static int externalHead(Sentence s, Reading r) {
    for (int t = r.first(); t <= r.last(); t++) {
      Dependency up = s.parentEdge(t);
      if (up != null && (up.governor() < r.first() || up.governor() > r.last())) {
        return t;
      }
    }
    return r.head();
  }

  /**
   * What a measure measures: the noun it completes ("a flight ceiling of 11,000 feet"), the noun
   * it takes ("40 percent of voters", "$11 billion in arms"), or the noun of a quantifier the
   * parser makes of "35 tons of" and "a range of"; else null.
   */
  private static String measured(Sentence s, String text, int unitToken) {
    Dependency up = s.parentEdge(unitToken);
    if (up != null && up.relation().startsWith("nmod") && noun(s, up.governor())) {
      return phrase(s, text, up.governor(), 0);
    }
    if (up != null && up.relation().equals("det:qmod") && noun(s, up.governor())) {
      return phrase(s, text, up.governor(), up.governor() - 1);
    }
    int of = Trees.child(s, unitToken, MEASURED);
    if (of > 0 && noun(s, of)) {
      return phrase(s, text, of, unitToken);
    }
    int quantified = quantifierNoun(s, unitToken);
    return quantified > 0 ? phrase(s, text, quantified, 0) : null;
  }

  /** The noun of "a range of" when the parser makes that phrase a quantifier, or -1. */
  private static int quantifierNoun(Sentence s, int unitToken) {
    int quantifier = Trees.child(s, unitToken, Set.of("det:qmod"));
    if (quantifier > 0) {
      for (int t : Trees.children(s, quantifier, Set.of("fixed"))) {
        if (noun(s, t)) {
          return t;
        }
      }
    }
    return -1;
  }

  /**
   * The noun with the modifiers written just before it ("Russian contractors"), not reaching
   * back to token {@code stop}.
   */
  private static String phrase(Sentence s, String text, int noun, int stop) {
    int first = noun;
    while (first - 1 > stop && modifierOf(s, first - 1, noun)) {
      first--;
    }
    while (first < noun && NOT_ABOUT.contains(s.token(first).word().toLowerCase(Locale.ROOT))) {
      first++;
    }
    return Trees.span(s, first, noun).of(text);
  }

  private static boolean modifierOf(Sentence s, int t, int noun) {
    String pos = s.token(t).pos();
    boolean modifier = pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("HYPH")
        || pos.equals("VBN") || pos.equals("VBG") || pos.equals("POS") || pos.equals("CD");
    return modifier && Trees.subtree(s, noun, Set.of()).contains(t);
  }
}
