package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.NamedEntity;
import dossier.model.Ref;
import dossier.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the phrase that names a speaker into a {@link Ref}: a person's name with an abbreviated
 * title ("Gen. Luis Navarro", not "Kremlin spokesman Dmitry Peskov"), otherwise the noun phrase
 * without its appositions and relative clauses; anonymous when it names nobody ("two people close
 * to them", "an unnamed commander").
 */
final class ClaimSources {
  /** What a speaker is, for matching pronouns to it. */
  enum SpeakerKind { PERSON, ORGANIZATION, OTHER }

  /** Dependents that describe a speaker rather than name it. */
  private static final Set<String> DESCRIPTIONS = Set.of("appos", "acl:relcl", "parataxis", "dep",
      "advcl", "ccomp", "ref");
  private static final Set<String> QUANTIFIERS = Set.of("one", "some", "many", "several", "two",
      "three", "few", "both", "most", "all", "none", "each", "either", "neither", "another");

  private static final Set<String> POINTING_BACK = Set.of("latter", "former");

  private final String text;
  private final List<NamedEntity> entities;
  private final List<Mention> mentions;

  ClaimSources(AnnotatedDoc doc, List<Mention> mentions) {
    this.text = doc.text();
    this.entities = doc.entities();
    this.mentions = mentions;
  }

  /** A personal or possessive pronoun, or "the latter" and "the former", which point back the same way. */
  static boolean isPronoun(ClaimTree t, int head) {
    return t.pos(head).startsWith("PRP") || POINTING_BACK.contains(t.lemma(head));
  }

  /** The speaker named by the phrase headed by {@code head}. */
  Ref ref(ClaimTree t, int head) {
    Span person = personName(t, head);
    if (person == null) {
      int appos = t.child(head, "appos");
      person = appos > 0 ? personName(t, appos) : null;
    }
    if (person != null) {
      return Ref.named(person.of(text), person);
    }
    Span phrase = phrase(t, head);
    return new Ref(phrase.of(text), phrase, isAnonymous(t, head, phrase));
  }

  /** The whole phrase headed by {@code head}, as for an intermediary ("CNN's Barbara Starr"). */
  Ref phraseRef(ClaimTree t, int head) {
    Span phrase = phrase(t, head);
    return new Ref(phrase.of(text), phrase, isAnonymous(t, head, phrase));
  }

  SpeakerKind kind(ClaimTree t, int head) {
    String ner = t.token(head).ner();
    Mention m = mentionAt(t.token(head).span());
    if ("PERSON".equals(ner) || "TITLE".equals(ner) || m != null && m.type() == EntityType.PERSON
        || ClaimLexicon.ANONYMOUS_HEADS.contains(t.lemma(head))) {
      return SpeakerKind.PERSON;
    }
    if ("ORGANIZATION".equals(ner) || m != null && m.type() == EntityType.ORGANIZATION) {
      return SpeakerKind.ORGANIZATION;
    }
    return SpeakerKind.OTHER;
  }

  static boolean isPlural(ClaimTree t, int head) {
    return t.pos(head).endsWith("S") || t.child(head, "conj") > 0;
  }

  /** The name of the person the head token belongs to, with an abbreviated title before it. */
  private Span personName(ClaimTree t, int head) {
    Span at = t.token(head).span();
    Span name = null;
    Mention m = mentionAt(at);
    if (m != null && m.type() == EntityType.PERSON) {
      name = m.span();
    } else {
      for (NamedEntity e : entities) {
        if (e.sentence() == t.sentence().index() && "PERSON".equals(e.ner())
            && e.firstToken() <= head && head <= e.lastToken()) {
          name = e.span();
        }
      }
    }
    return name == null ? null : withTitle(t, name);
  }

  private Mention mentionAt(Span token) {
    for (Mention m : mentions) {
      if (m.span().contains(token)) {
        return m;
      }
    }
    return null;
  }

  private static Span withTitle(ClaimTree t, Span name) {
    for (int i = 2; i <= t.size(); i++) {
      if (t.token(i).span().start() == name.start()) {
        String before = t.word(i - 1).toLowerCase(Locale.ROOT);
        if (ClaimLexicon.TITLES.contains(before)) {
          return new Span(t.token(i - 1).span().start(), name.end());
        }
      }
    }
    return name;
  }

  /**
   * The head's phrase without descriptions, cut to the contiguous run around the head and at
   * commas, which set off what describes the speaker ("A senior official, speaking on condition
   * of anonymity, said").
   */
  private static Span phrase(ClaimTree t, int head) {
    int first = head;
    while (first > 1 && keeps(t, head, first - 1) && !t.word(first - 1).equals(",")) {
      first--;
    }
    int last = head;
    while (last < t.size() && keeps(t, head, last + 1) && !t.word(last + 1).equals(",")) {
      last++;
    }
    while (first < head && (t.isPunct(first) || t.pos(first).equals("CC"))) {
      first++;
    }
    while (last > head && (t.isPunct(last) || t.pos(last).equals("CC"))) {
      last--;
    }
    return t.span(first, last);
  }

  private static boolean keeps(ClaimTree t, int head, int i) {
    if (!t.dominates(head, i)) {
      return false;
    }
    for (int k = i; k != head; k = t.head(k)) {
      boolean description = (DESCRIPTIONS.contains(t.relation(k))
          || DESCRIPTIONS.contains(t.baseRelation(k))) && !isAdjacentName(t, k);
      if (description || t.head(k) == head && isFrame(t, k)) {
        return false;
      }
    }
    return true;
  }

  /** "The newspaper El Tiempo" parsed with the name as an unlabelled dependent. */
  private static boolean isAdjacentName(ClaimTree t, int k) {
    int h = t.head(k);
    boolean touching = k > h ? t.first(k) == h + 1 : t.last(k) == h - 1;
    return t.baseRelation(k).equals("dep") && t.isProperNoun(k) && touching;
  }

  /** Words around the phrase that belong to the cue: "according to", "citing". */
  private static boolean isFrame(ClaimTree t, int k) {
    String r = t.baseRelation(k);
    return r.equals("case") && k < t.head(k) || r.equals("amod") && t.pos(k).equals("VBG");
  }

  private static boolean isAnonymous(ClaimTree t, int head, Span phrase) {
    for (int i = 1; i <= t.size(); i++) {
      if (phrase.contains(t.token(i).span())
          && ClaimLexicon.ANONYMITY_MARKERS.contains(t.lemma(i))) {
        return true;
      }
    }
    int noun = head;
    if (QUANTIFIERS.contains(t.lemma(head)) && t.child(head, "nmod") > 0) {
      noun = t.child(head, "nmod"); // "one of the sources"
    }
    return !t.isProperNoun(noun) && ClaimLexicon.ANONYMOUS_HEADS.contains(t.lemma(noun));
  }
}
