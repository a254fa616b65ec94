package dossier.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the author: the metadata, else a byline ("By Jane Doe, March 3"), a credits trailer
 * ("Reporting by Jane Doe; Editing by ..."), a staff line ("Andes Monitor staff"), or a
 * "Follow Jane Doe on Twitter" line at the end.
 */
final class Authors {
  private static final Pattern BY = Pattern.compile(
      "^\\(?\\s*(?:(?i:by|(?:additional )?reporting by|written by|reported by|posted by))\\s+"
          + "([^,;|•·(]+)");
  private static final Pattern FOLLOW = Pattern.compile(
      "^(?i:follow)\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\s+(?i:on)\\s");
  private static final Pattern TRAILING = Pattern.compile(
      "\\s+(?:in|at|for|from|-|–|—)\\s+.*$|\\s*[-–—]\\s*$");
  private static final int MAX_WORDS = 8;

  private Authors() {}

  static String find(Meta meta, Page page, String outlet) {
    if (meta.author() != null && Words.count(meta.author()) <= MAX_WORDS) {
      return meta.author();
    }
    return byline(page).or(() -> follow(page, outlet)).orElse(null);
  }

  private static Optional<String> byline(Page page) {
    for (int i = 0; i < page.size(); i++) {
      if (page.furniture(i) != Furniture.BYLINE) {
        continue;
      }
      String text = page.text(i);
      Matcher m = BY.matcher(text);
      if (m.find()) {
        return Optional.of(TRAILING.matcher(m.group(1).strip()).replaceFirst(""));
      }
      String rest = Words.squeeze(DateParser.strip(text));
      if (!rest.isEmpty()) {
        return Optional.of(rest);
      }
    }
    return Optional.empty();
  }

  /** "Follow Jane Doe on Twitter", when Jane Doe is not the outlet itself. */
  private static Optional<String> follow(Page page, String outlet) {
    for (int i = page.size() - 1; i >= 0; i--) {
      Matcher m = FOLLOW.matcher(page.text(i));
      if (m.find() && (outlet == null || !Words.key(outlet).equals(Words.key(m.group(1))))) {
        List<String> words = Words.of(m.group(1));
        if (words.size() >= 2 && words.size() <= 3) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
