package dossier.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The word lists that quantities are read with. */
final class QuantityLexicon {
  /** Words that multiply the number before them. */
  static final Map<String, Double> MAGNITUDES = Map.of("hundred", 1e2, "thousand", 1e3,
      "million", 1e6, "billion", 1e9, "trillion", 1e12, "mln", 1e6, "bn", 1e9);
  /** Plural magnitudes with no number ("dozens", "thousands of") are too vague to count. */
  static final Set<String> VAGUE = Set.of("dozens", "scores", "hundreds", "thousands",
      "millions", "billions", "trillions", "tens");

  /** Approximating phrases as lower-case words, longest first. */
  final List<List<String>> before = new ArrayList<>();
  final List<List<String>> after = new ArrayList<>();
  /** Unit by lower-case word or lemma. */
  final Map<String, String> units = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  final Set<String> people = MentionLexicon.words("person-nouns.txt");

  QuantityLexicon() {
    for (String line : MentionLexicon.lines("quantity-approximate.txt")) {
      boolean follows = line.startsWith("...");
      List<String> words = List.of(line.replace("...", "").strip().toLowerCase(Locale.ROOT)
          .split(" "));
      (follows ? after : before).add(words);
    }
    Comparator<List<String>> longestFirst = Comparator.comparing(List::size);
    before.sort(longestFirst.reversed());
    after.sort(longestFirst.reversed());
    for (String line : MentionLexicon.lines("quantity-units.txt")) {
      String[] parts = line.split("\t");
      units.put(parts[0], parts[1]);
    }
  }
}
