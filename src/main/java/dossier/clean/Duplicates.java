package dossier.clean;

import java.util.HashSet;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes repeated paragraphs, keeping the first, and the headline repeated in the body.
 * A repeat cut short (a teaser quoting the lead) counts too when it is long enough to be sure.
 * Earlier paragraphs are kept sorted, so finding one that a paragraph starts takes a lookup, not
 * a scan: long scrapes have tens of thousands of lines.
 */
final class Duplicates {
  private static final int MIN_PREFIX_WORDS = 8;

  private Duplicates() {}

  static void apply(Page page, String title) {
    Set<String> seen = new HashSet<>();
    NavigableSet<String> earlier = new TreeSet<>();
    if (!title.isBlank()) {
      seen.add(Words.key(title));
    }
    for (int i : page.keptIndices()) {
      String key = Words.key(page.text(i));
      if (key.isEmpty()) {
        continue;
      }
      if (seen.contains(key) || truncatedRepeat(key, earlier)) {
        page.remove(i, Reason.DUPLICATE);
      } else {
        seen.add(key);
        earlier.add(key);
      }
    }
  }

  /** Whether an earlier key starts with this one: the least key not below it does, if any. */
  private static boolean truncatedRepeat(String key, NavigableSet<String> earlier) {
    if (!hasWords(key, MIN_PREFIX_WORDS)) {
      return false;
    }
    String next = earlier.ceiling(key);
    return next != null && next.startsWith(key);
  }

  /** Whether the key has at least so many words; its words are one space apart. */
  private static boolean hasWords(String key, int words) {
    int spaces = 0;
    for (int i = key.indexOf(' '); i >= 0 && spaces < words - 1; i = key.indexOf(' ', i + 1)) {
      spaces++;
    }
    return spaces >= words - 1;
  }
}
