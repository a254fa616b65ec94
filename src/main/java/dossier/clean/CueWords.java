package dossier.clean;

import dossier.model.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A bundled list of cue words, one a line, lower case, with # comments. */
final class CueWords {
  private CueWords() {}

  /** The words of {@code dossier/clean/<name>}; a missing list is a build error. */
  static List<String> read(String name) {
    return WordList.read("/dossier/clean/" + name);
  }

  /**
   * A test of lower-cased words against the list {@code dossier/clean/<name>}, whose entries
   * ending in * are stems that a word may start with; the others must match whole.
   */
  static Predicate<String> matcher(String name) {
    List<String> entries = read(name);
    Set<String> whole = entries.stream().filter(w -> !w.endsWith("*"))
        .collect(Collectors.toUnmodifiableSet());
    List<String> stems = entries.stream().filter(w -> w.endsWith("*"))
        .map(w -> w.substring(0, w.length() - 1)).toList();
    return w -> whole.contains(w) || stems.stream().anyMatch(w::startsWith);
  }

  /**
   * The lower-cased words of a text as cue lists hold them: without the dots that {@link
   * Words#of} leaves at a word's end ("twitter.", "loading...").
   */
  static List<String> of(String lower) {
    List<String> words = Words.of(lower);
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      int end = w.length();
      while (end > 1 && w.charAt(end - 1) == '.') {
        end--;
      }
      out.add(w.substring(0, end));
    }
    return out;
  }

  /** The words as a regex alternation, each quoted. */
  static String alternation(List<String> words) {
    return String.join("|", words.stream().map(Pattern::quote).toList());
  }
}
