package dossier.extract;

import dossier.model.WordList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads the word lists shipped under {@code dossier/extract/}: one entry a line, # comments. */
final class MentionLexicon {
  private MentionLexicon() {}

  /** The entries of a list, compared without regard to case. */
  static Set<String> words(String name) {
    Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    out.addAll(lines(name));
    return out;
  }

  /** The non-blank, non-comment lines of a list, trimmed. */
  static List<String> lines(String name) {
    return WordList.read("/dossier/extract/" + name);
  }
}
