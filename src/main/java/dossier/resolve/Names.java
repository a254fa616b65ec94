package dossier.resolve;

import dossier.model.EntityType;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Comparable forms of names: without accents, case, titles, possessives or articles. */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Words that name a role rather than the person; they precede names in news copy. */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "general",
      "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "adm", "admiral",
      "sgt", "sergeant", "cmdr", "commander", "president", "vice", "prime", "minister", "defense",
      "defence", "foreign", "secretary", "sen", "senator", "rep", "representative", "gov",
      "governor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chief", "deputy",
      "sir", "lord", "pres", "king", "queen", "pope", "saint", "st", "prof", "professor",
      "judge", "justice", "marshal", "brig", "brigadier", "retired", "ret", "former", "interim",
      "acting", "self", "proclaimed", "opposition", "leader", "top", "senior");

  private Names() {}

  /** The key under which two written forms of one name compare equal. */
  static String key(String text, EntityType type) {
    List<String> words = words(text);
    if (type == EntityType.PERSON) {
      words = withoutTitles(words);
    }
    if (!words.isEmpty() && words.get(0).equals("the")) {
      words = words.subList(1, words.size());
    }
    if (type == EntityType.NATIONALITY && words.size() == 1 && words.get(0).endsWith("s")) {
      words = List.of(words.get(0).substring(0, words.get(0).length() - 1));
    }
    return String.join(" ", words);
  }

  /** Lower-case words without accents or punctuation; a trailing possessive "s" goes too. */
  static List<String> words(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    folded = folded.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
    return List.of(NOT_WORD.matcher(folded).replaceAll(" ").trim().split(" +"))
        .stream().filter(w -> !w.isEmpty()).toList();
  }

  /** The name without leading titles ("Gen. Luis Navarro" → "Luis Navarro"). */
  static List<String> withoutTitles(List<String> words) {
    int i = 0;
    while (i < words.size() - 1 && TITLES.contains(words.get(i))) {
      i++;
    }
    return words.subList(i, words.size());
  }

  /** The written form without leading titles ("Gen. Luis Navarro" → "Luis Navarro"). */
  static String display(String text, EntityType type) {
    String bare = POSSESSIVE.matcher(text.strip()).replaceAll("");
    if (type != EntityType.PERSON) {
      return bare;
    }
    String[] parts = bare.split("\\s+");
    int i = 0;
    while (i < parts.length - 1 && isTitle(parts[i])) {
      i++;
    }
    return String.join(" ", List.of(parts).subList(i, parts.length));
  }

  private static boolean isTitle(String word) {
    List<String> w = words(word);
    return w.size() == 1 && TITLES.contains(w.get(0));
  }

  /** How full a written form is: more words, then more accented letters (the careful spelling). */
  static int fullness(String text, EntityType type) {
    int words = key(text, type).split(" ").length;
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    int accents = decomposed.length() - MARKS.matcher(decomposed).replaceAll("").length();
    return words * 100 + Math.min(accents, 99);
  }
}
