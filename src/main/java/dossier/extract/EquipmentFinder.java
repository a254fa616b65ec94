package dossier.extract;

import dossier.extract.MentionWords.Word;
import dossier.model.AnnotatedDoc;
import dossier.model.Dependency;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Weapon systems, aircraft, vehicles and vessels named by model: designators ("Su-30MK2",
 * "9K38"), a maker with a model number ("Boeing 737"), or a name before an equipment noun
 * ("Tomahawk cruise missiles"). A directly following equipment noun is kept ("T-72 tanks").
 */
final class EquipmentFinder {
  /** Letters, hyphen, digits ("Il-76", "S-300", "Su-30MK2"), or digits-letters-digits ("9K38"). */
  private static final Pattern DESIGNATOR = Pattern.compile(
      "[A-Z][A-Za-z]{0,11}-\\d[A-Za-z0-9]*(-[A-Za-z0-9]+)*|\\d+[A-Z]{1,3}\\d+[A-Za-z0-9-]*");
  /** What may follow a maker's name as a model: "737", "A320", "Su-27". */
  private static final Pattern MODEL = Pattern.compile("[A-Z]{0,3}-?\\d+[A-Za-z0-9-]*");
  private static final Set<String> NOT_NAMES = Set.of("PERSON", "LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE", "NATIONALITY", "DATE", "TIME", "NUMBER", "MONEY", "PERCENT",
      "ORDINAL", "DURATION", "TITLE", "IDEOLOGY", "RELIGION");

  /** Tokens {@code first..last} of a sentence. */
  private record Range(int first, int last) {}

  private final Set<String> heads = MentionLexicon.words("equipment-heads.txt");
  private final Set<String> makers = MentionLexicon.words("equipment-makers.txt");
  private final Set<String> notEquipment = MentionLexicon.words("equipment-not.txt");

  List<Mention> find(AnnotatedDoc doc) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Range range : inSentence(s, doc.text())) {
        Span span = Trees.span(s, range.first(), range.last());
        out.add(new Mention(span, span.of(doc.text()), EntityType.EQUIPMENT));
      }
    }
    return out;
  }

  private List<Range> inSentence(Sentence s, String text) {
    List<Range> out = new ArrayList<>();
    List<Word> words = MentionWords.of(s, text);
    boolean headline = headline(s);
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      Range core = null;
      if (designator(s, w)) {
        core = new Range(w.first(), w.last());
      } else if (makers.contains(w.text()) && i + 1 < words.size()
          && MODEL.matcher(words.get(i + 1).text()).matches()) {
        core = new Range(w.first(), words.get(i + 1).last());
        i++;
      } else if (name(s, w, headline)) {
        int head = headNounOf(s, w.first());
        if (head > 0) {
          core = new Range(w.first(), head);
        }
      }
      if (core != null) {
        out.add(extend(s, words, i, core, headline));
      }
    }
    return out;
  }

  private boolean designator(Sentence s, Word w) {
    if (!DESIGNATOR.matcher(w.text()).matches() || notEquipment.contains(prefix(w.text()))
        || notEquipment.contains(w.text())) {
      return false;
    }
    for (int t = w.first(); t <= w.last(); t++) {
      String ner = s.token(t).ner();
      if (ner.equals("DATE") || ner.equals("MONEY") || ner.equals("TIME")) {
        return false;
      }
    }
    return true;
  }

  private static String prefix(String designator) {
    int i = 0;
    while (i < designator.length() && Character.isLetter(designator.charAt(i))) {
      i++;
    }
    return designator.substring(0, i);
  }

  /** A capitalised single-token word that no other tagger claimed: a candidate model name. */
  private boolean name(Sentence s, Word w, boolean headline) {
    if (w.first() != w.last()) {
      return false;
    }
    Token t = s.token(w.first());
    boolean allCaps = t.word().length() > 1 && t.word().equals(t.word().toUpperCase())
        && t.word().chars().allMatch(Character::isLetter);
    if (makers.contains(t.word())) {
      return true;
    }
    if (NOT_NAMES.contains(t.ner()) || t.ner().equals("ORGANIZATION") || heads.contains(t.lemma())
        || !Character.isUpperCase(t.word().charAt(0))) {
      return false;
    }
    boolean proper = t.pos().startsWith("NNP") && t.index() > 1 && !headline;
    return allCaps || proper;
  }

  /**
   * The equipment noun that token {@code t} modifies as a compound, with only noun-phrase words
   * between them, or -1.
   */
  private int headNounOf(Sentence s, int t) {
    int at = t;
    for (int step = 0; step < 4; step++) {
      Dependency up = s.parentEdge(at);
      if (up == null || up.governor() <= at || !modifier(up.relation())) {
        return -1;
      }
      at = up.governor();
      if (heads.contains(s.token(at).lemma()) && between(s, t, at)) {
        return at;
      }
    }
    return -1;
  }

  /** The token of {@code first..last} attached outside that range. */
  private static int headOf(Sentence s, int first, int last) {
    for (int t = first; t <= last; t++) {
      Dependency up = s.parentEdge(t);
      if (up != null && (up.governor() < first || up.governor() > last)) {
        return t;
      }
    }
    return last;
  }

  private static boolean modifier(String relation) {
    return relation.equals("compound") || relation.equals("amod") || relation.equals("nummod");
  }

  private static boolean between(Sentence s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String pos = s.token(i).pos();
      if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("IN")
          || pos.equals("CD") || pos.equals("VBN"))) {
        return false;
      }
    }
    return true;
  }

  /** Adds a model name just before ("IGLA 9K38") and an equipment noun just after. */
  private Range extend(Sentence s, List<Word> words, int index, Range core, boolean headline) {
    int first = core.first();
    int last = core.last();
    Word before = index > 0 ? words.get(index - 1) : null;
    if (before != null && before.last() == first - 1 && (name(s, before, headline)
        || makers.contains(before.text()))) {
      first = before.first();
    }
    if (!heads.contains(s.token(last).lemma())) {
      int head = headNounOf(s, headOf(s, first, last));
      if (head > 0 && head - last <= 4) {
        last = head;
      }
    }
    return new Range(first, last);
  }

  /** Title-case lines (headlines) capitalise every word, so capitals say nothing there. */
  private static boolean headline(Sentence s) {
    int words = 0;
    int capitalised = 0;
    for (Token t : s.tokens()) {
      if (Character.isLetter(t.word().charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(t.word().charAt(0)) ? 1 : 0;
      }
    }
    return words >= 4 && capitalised * 4 >= words * 3;
  }
}
