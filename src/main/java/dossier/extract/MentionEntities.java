package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.Dependency;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.NamedEntity;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tagger's named entities in Dossier's types: titles, determiners and possessive endings
 * trimmed off, pronouns dropped, split place names joined ("Latin" + "America"), demonyms the
 * tagger left as MISC ("Russians", "Russian-made") typed as nationalities, and a name before an
 * organisation noun ("the Wagner group") made an organisation.
 */
final class MentionEntities {
  private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE");
  /** Demonyms: "Russian", "Russians", "Chinese", "Iraqi", "Israelis", "Kurdish". */
  private static final Pattern DEMONYM = Pattern.compile("[A-Z][a-z]+(an|ans|ese|ish|i|is)");
  private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Central",
      "Northern", "Southern", "Eastern", "Western", "Latin");

  private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "you", "your", "he",
      "him", "his", "she", "her", "it", "its", "we", "us", "our", "they", "them", "their");

  /** Tokens {@code first..last} of a sentence. */
  private record Part(int first, int last) {}

  private final Set<String> orgHeads = MentionLexicon.words("mention-org-heads.txt");

  List<Mention> find(AnnotatedDoc doc) {
    List<Mention> out = new ArrayList<>();
    for (NamedEntity e : joinPlaces(doc.entities())) {
      Sentence s = doc.sentences().get(e.sentence());
      for (Part part : parts(s, e)) {
        mention(doc.text(), s, e.ner(), part.first(), part.last(), out);
      }
    }
    return out;
  }

  private void mention(String text, Sentence s, String ner, int first, int last,
      List<Mention> out) {
    while (first <= last && dropAtStart(s.token(first))) {
      first++;
    }
    while (last >= first && dropAtEnd(s.token(last))) {
      last--;
    }
    if (first > last) {
      return;
    }
    EntityType type = type(s, ner, first, last);
    int org = orgHead(s, last);
    if (org > 0 && (ner.equals("PERSON") || ner.equals("MISC"))) {
      last = org;
      type = EntityType.ORGANIZATION;
    } else if (type == EntityType.NATIONALITY && ner.equals("MISC")) {
      last = first; // "Russian-made": only the demonym names the actor
    }
    if (type == null) {
      return;
    }
    Span span = Trees.span(s, first, last);
    out.add(new Mention(span, span.of(text), type));
  }

  private static EntityType type(Sentence s, String ner, int first, int last) {
    if (PLACES.contains(ner)) {
      return EntityType.LOCATION;
    }
    switch (ner) {
      case "PERSON":
        return EntityType.PERSON;
      case "ORGANIZATION":
        return EntityType.ORGANIZATION;
      case "NATIONALITY":
        return EntityType.NATIONALITY;
      case "MISC":
        return demonym(s, first, last) ? EntityType.NATIONALITY : null;
      default:
        return null;
    }
  }

  /** "Russians" alone, or "Russian" joined by a hyphen to a lower-case word ("Russian-made"). */
  private static boolean demonym(Sentence s, int first, int last) {
    if (!DEMONYM.matcher(s.token(first).word()).matches()) {
      return false;
    }
    return first == last || (last - first == 2 && s.token(first + 1).word().equals("-")
        && Character.isLowerCase(s.token(last).word().charAt(0)));
  }

  private static boolean dropAtStart(Token t) {
    return t.pos().equals("DT") || pronoun(t) || t.ner().equals("TITLE")
        || t.pos().equals("POS") || punctuation(t);
  }

  private static boolean dropAtEnd(Token t) {
    return t.pos().equals("POS") || pronoun(t) || punctuation(t);
  }

  /**
   * By tag, or by word where the tagger missed it ("he’s" with a curly apostrophe); "US" in
   * capitals is a country.
   */
  private static boolean pronoun(Token t) {
    String w = t.word();
    boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
    return t.pos().startsWith("PRP") || !capitals && PRONOUNS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean punctuation(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0))
        && !Character.isLetterOrDigit(t.word().charAt(t.word().length() - 1));
  }

  /** The organisation noun right after {@code last} that it modifies ("Wagner group"), or -1. */
  private int orgHead(Sentence s, int last) {
    if (last >= s.tokens().size()) {
      return -1;
    }
    Token next = s.token(last + 1);
    Dependency up = s.parentEdge(last);
    boolean modifies = up != null && up.governor() == last + 1 && up.relation().equals("compound");
    return modifies && orgHeads.contains(next.lemma()) ? last + 1 : -1;
  }

  /**
   * Splits an organisation of one-word names the tagger ran across a conjunction ("Facebook
   * and Twitter"); "Department of Health and Human Services" stays whole.
   */
  private static List<Part> parts(Sentence s, NamedEntity e) {
    int first = e.firstToken();
    int last = e.lastToken();
    boolean pair = e.ner().equals("ORGANIZATION") && last - first == 2
        && s.token(first + 1).pos().equals("CC");
    return pair ? List.of(new Part(first, first), new Part(last, last))
        : List.of(new Part(first, last));
  }

  /** Joins place names the tagger split: "Latin" + "America", "South" + "American". */
  private static List<NamedEntity> joinPlaces(List<NamedEntity> entities) {
    List<NamedEntity> out = new ArrayList<>();
    for (NamedEntity e : entities) {
      NamedEntity prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.sentence() == e.sentence() && prev.lastToken() + 1 == e.firstToken()
          && joins(prev, e)) {
        out.set(out.size() - 1, new NamedEntity(prev.span().union(e.span()),
            prev.text() + " " + e.text(), e.ner(), null, e.sentence(), prev.firstToken(),
            e.lastToken()));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean joins(NamedEntity a, NamedEntity b) {
    boolean placeB = PLACES.contains(b.ner()) || b.ner().equals("NATIONALITY");
    return placeB && (a.ner().equals("LOCATION") || COMPASS.contains(a.text()));
  }
}
