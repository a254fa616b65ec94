package dossier.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The words of a text that carry its meaning, folded so that two phrasings can be compared. */
final class ContentWords {
  private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to",
      "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been",
      "being", "has", "have", "had", "do", "does", "did", "that", "this", "these", "those", "it",
      "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
      "him", "them", "us", "me", "there", "here", "which", "who", "whom", "what", "when", "where",
      "will", "would", "can", "could", "may", "might", "should", "shall", "must", "also", "not",
      "no", "any", "some", "such", "than", "then", "so", "if", "into", "about", "over", "said",
      "says", "say", "told", "according", "very", "more", "most", "other", "all", "one", "up",
      "out", "just", "only", "now", "new", "after", "before", "while", "because");

  /** Words that deny rather than describe; left out when comparing a denial with what it denies. */
  static final Set<String> NEGATION = Set.of("no", "not", "never", "deny", "denied", "denie",
      "false", "fake", "untrue", "nothing", "none", "information", "reject", "rejected",
      "dismissed", "baseless", "rumor", "rumour", "report", "claim");

  private ContentWords() {}

  static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : Names.words(text)) {
      if (w.length() < 2 || STOP.contains(w) || w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}-]+");

  /**
   * Capitalised words that are not function words: the names a text is about ("Venezuela",
   * "Wagner"), with some sentence openers, which rarely recur in both texts compared.
   */
  static Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    java.util.regex.Matcher m = NAME.matcher(text);
    while (m.find()) {
      List<String> w = Names.words(m.group());
      if (w.size() == 1 && !STOP.contains(w.get(0))) {
        out.add(stem(w.get(0)));
      }
    }
    return out;
  }

  /**
   * Words news copy uses interchangeably for the same thing, folded to one, so that "about 100
   * soldiers" and "about 100 troops" compare equal.
   */
  private static final java.util.Map<String, String> SAME_THING = java.util.Map.ofEntries(
      java.util.Map.entry("soldier", "troop"), java.util.Map.entry("serviceman", "troop"),
      java.util.Map.entry("servicemen", "troop"), java.util.Map.entry("personnel", "troop"),
      java.util.Map.entry("aircraft", "plane"), java.util.Map.entry("airplane", "plane"),
      java.util.Map.entry("warplane", "plane"), java.util.Map.entry("jet", "plane"),
      java.util.Map.entry("tonne", "ton"), java.util.Map.entry("sent", "send"),
      java.util.Map.entry("arrived", "arrive"), java.util.Map.entry("landed", "land"),
      java.util.Map.entry("deployed", "deploy"));

  /** A crude plural fold ("troops" and "troop" compare equal), then {@link #SAME_THING}. */
  static String stem(String w) {
    String s = plural(w);
    return SAME_THING.getOrDefault(s, s);
  }

  private static String plural(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Shared words over the smaller set's size: 1 when one text's words all occur in the other. */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return (double) shared(a, b) / Math.min(a.size(), b.size());
  }

  static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) {
      if (b.contains(w)) {
        n++;
      }
    }
    return n;
  }
}
