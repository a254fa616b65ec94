package dossier.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a person types into an FTS5 query: every word must occur (a trailing {@code *}
 * matches a prefix). Each word is quoted, so no input is read as FTS5 syntax and none can make
 * the query fail.
 */
final class SearchTerms {
  private static final int MAX_LENGTH = 300;
  private static final int MAX_WORDS = 20;

  private SearchTerms() {}

  static String fts(String typed) {
    if (typed == null) {
      throw ApiError.badRequest("q is required");
    }
    if (typed.length() > MAX_LENGTH) {
      throw ApiError.badRequest("q is longer than " + MAX_LENGTH + " characters");
    }
    List<String> terms = new ArrayList<>();
    for (String word : typed.strip().split("\\s+")) {
      boolean prefix = word.endsWith("*");
      String w = prefix ? word.substring(0, word.length() - 1) : word;
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        terms.add("\"" + w.replace("\"", "\"\"") + "\"" + (prefix ? "*" : ""));
      }
    }
    if (terms.isEmpty()) {
      throw ApiError.badRequest("q must hold at least one word");
    }
    if (terms.size() > MAX_WORDS) {
      throw ApiError.badRequest("q has more than " + MAX_WORDS + " words");
    }
    return String.join(" ", terms);
  }
}
