package dossier.extract;

import dossier.extract.MentionWords.Word;
import dossier.model.Sentence;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a sentence: digits or words with their magnitude ("1.5 million"),
 * ranges ("between 2 and 3", "100 to 200") and approximating words ("about", "more than").
 * Dates, times, durations, ordinals, identifiers ("No. 998") and designators ("Tu-160") are
 * not numbers here.
 */
final class QuantityReader {
  private static final Set<String> NOT_QUANTITIES = Set.of("DATE", "TIME", "DURATION", "SET",
      "ORDINAL");
  private static final Set<String> CURRENCY_SIGNS = Set.of("$", "US$", "€", "£", "¥");
  private static final Set<String> RANGE_LINKS = Set.of("to", "and", "or", "-", "–", "—");
  private static final Set<String> IDENTIFIER_MARKS = Set.of("no.", "no", "#", "number", "nos.");
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
  private static final Pattern NUMBER_IN = Pattern.compile("\\d+(\\.\\d+)?(E[-+]?\\d+)?");

  /**
   * One number as written.
   *
   * @param first first token of the number (or of its currency sign)
   * @param last last token of the number, or of the end of its range
   * @param head the token of the first number that the parse attaches the rest to
   * @param from first token of the evidence, with its approximating words
   * @param to last token of the evidence
   */
  record Reading(int first, int last, int head, int from, int to, double value, Double max,
      boolean approximate) {}

  /** A run of number tokens: "1.5 million", "$60,000", "two". */
  private record Group(int first, int last, double value, double magnitude, boolean approximate) {}

  private final QuantityLexicon lexicon;

  QuantityReader(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Reading> read(Sentence s, String text) {
    List<Reading> out = new ArrayList<>();
    for (int i = 1; i <= s.tokens().size(); i++) {
      Group g = group(s, text, i);
      Reading r = g == null ? null : reading(s, text, g);
      if (r != null) {
        out.add(r);
        i = r.to();
      }
    }
    return out;
  }

  /**
   * A number with the end of its range and its approximating words, or null for a score
   * ("won 3-2"), which falls where a range would rise.
   */
  private Reading reading(Sentence s, String text, Group g) {
    int approxFrom = approximatorBefore(s, g.first());
    int from = approxFrom > 0 ? approxFrom : g.first();
    boolean between = word(s, from - 1).equals("between");
    Group end = rangeEnd(s, text, g);
    // "2 and 3" is a range only after "between"; else it is two numbers.
    if (end != null && word(s, g.last() + 1).equals("and") && !between) {
      end = null;
    }
    // "between 2 and 3 million": the magnitude of the end holds for the start.
    double scale = end != null && g.magnitude() == 1 ? end.magnitude() : 1;
    if (end != null && end.value() < g.value() * scale) {
      if (word(s, g.last() + 1).equals("-")) {
        return null;
      }
      end = null;
    }
    double value = end == null ? g.value() : g.value() * scale;
    if (end != null && between) {
      from--;
    }
    Group last = end == null ? g : end;
    int afterTo = approximatorAfter(s, last.last());
    boolean approximate = approxFrom > 0 || afterTo > 0 || g.approximate();
    return new Reading(g.first(), last.last(), headOf(s, g), from,
        afterTo > 0 ? afterTo : last.last(), value, end == null ? null : end.value(), approximate);
  }

  private Group rangeEnd(Sentence s, String text, Group g) {
    int link = g.last() + 1;
    if (link >= s.tokens().size() || !RANGE_LINKS.contains(word(s, link))) {
      return null;
    }
    int next = link + 1;
    if (next <= s.tokens().size() && CURRENCY_SIGNS.contains(s.token(next).word())) {
      next++;
    }
    int approx = next;
    while (approx <= s.tokens().size() && !number(s, approx)) {
      approx++;
    }
    // Only an approximating word may sit between the link and the second number.
    if (approx > s.tokens().size() || (approx > next && approximatorBefore(s, approx) != next)) {
      return null;
    }
    return group(s, text, approx);
  }

  /** The number starting at token {@code i}, with a currency sign just before it, or null. */
  private Group group(Sentence s, String text, int i) {
    if (!number(s, i) || identifier(s, i) || designator(s, text, i)) {
      return null;
    }
    int first = i > 1 && CURRENCY_SIGNS.contains(s.token(i - 1).word()) ? i - 1 : i;
    int last = i;
    double magnitude = 1;
    while (last < s.tokens().size() && QuantityLexicon.MAGNITUDES.containsKey(lower(s, last + 1))
        && !s.token(last + 1).ner().equals("O")) {
      last++;
      magnitude *= QuantityLexicon.MAGNITUDES.get(lower(s, last));
    }
    Token t = s.token(i);
    Double value = value(t);
    if (value == null || yearLike(s, t)) {
      return null;
    }
    String norm = t.normalized() == null ? "" : t.normalized();
    boolean approximate = norm.startsWith("~") || norm.startsWith(">") || norm.startsWith("<");
    boolean digits = DIGITS.matcher(t.word()).matches();
    // The tagger's value for "two hundred" already holds its magnitude.
    double scale = digits ? magnitude : 1;
    return new Group(first, last, value * scale, magnitude, approximate);
  }

  private static boolean number(Sentence s, int i) {
    if (i < 1 || i > s.tokens().size()) {
      return false;
    }
    Token t = s.token(i);
    boolean numeric = t.pos().equals("CD") || t.ner().equals("NUMBER");
    return numeric && !NOT_QUANTITIES.contains(t.ner())
        && !QuantityLexicon.VAGUE.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static Double value(Token t) {
    if (DIGITS.matcher(t.word()).matches()) {
      return Double.parseDouble(t.word().replace(",", ""));
    }
    if (t.normalized() == null) {
      return null;
    }
    Matcher m = NUMBER_IN.matcher(t.normalized());
    return m.find() ? Double.parseDouble(m.group()) : null;
  }

  /** "No. 998", "#3": a number that names rather than counts. */
  private static boolean identifier(Sentence s, int i) {
    return i > 1 && IDENTIFIER_MARKS.contains(lower(s, i - 1));
  }

  /** A number written into a word with letters: "Tu-160", "56-year-old", "1,000th". */
  private static boolean designator(Sentence s, String text, int i) {
    Word w = MentionWords.around(s, text, i);
    return w.first() != w.last() && w.text().chars().anyMatch(Character::isLetter)
        && !CURRENCY_SIGNS.contains(s.token(w.first()).word());
  }

  /** A bare four-digit year the tagger missed ("in 1964" is a date, "1964 soldiers" is not). */
  private static boolean yearLike(Sentence s, Token t) {
    if (!t.word().matches("1[89]\\d\\d|20\\d\\d")) {
      return false;
    }
    var up = s.parentEdge(t.index());
    return up == null || !up.relation().equals("nummod");
  }

  private int approximatorBefore(Sentence s, int first) {
    for (List<String> phrase : lexicon.before) {
      int start = first - phrase.size();
      if (start >= 1 && matches(s, start, phrase)) {
        return start;
      }
    }
    return -1;
  }

  private int approximatorAfter(Sentence s, int last) {
    for (List<String> phrase : lexicon.after) {
      if (last + phrase.size() <= s.tokens().size() && matches(s, last + 1, phrase)) {
        return last + phrase.size();
      }
    }
    return -1;
  }

  private static boolean matches(Sentence s, int start, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!lower(s, start + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The token of the group that the parse hangs the rest on: the number, not its sign. */
  private static int headOf(Sentence s, Group g) {
    for (int t = g.first(); t <= g.last(); t++) {
      if (number(s, t)) {
        return t;
      }
    }
    return g.first();
  }

  private static String word(Sentence s, int i) {
    return i >= 1 && i <= s.tokens().size() ? lower(s, i) : "";
  }

  private static String lower(Sentence s, int i) {
    return i >= 1 && i <= s.tokens().size() ? s.token(i).word().toLowerCase(Locale.ROOT) : "";
  }
}
