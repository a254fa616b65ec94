package dossier.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes repeated paragraphs, keeping the first, and the headline repeated in the body.
 * A repeat cut short (a teaser quoting the lead) counts too when it is long enough to be sure.
 */
final class Duplicates {
  private static final int MIN_PREFIX_WORDS = 8;

  private Duplicates() {}

  static void apply(Page page, String title) {
    Set<String> seen = new HashSet<>();
    List<String> earlier = new ArrayList<>();
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

  private static boolean truncatedRepeat(String key, List<String> earlier) {
    if (key.split(" ").length < MIN_PREFIX_WORDS) {
      return false;
    }
    return earlier.stream().anyMatch(e -> e.startsWith(key));
  }
}
