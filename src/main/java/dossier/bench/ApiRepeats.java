package dossier.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the benchmark's requests ask again what the server keeps the answer to (searches and
 * entity pages, while the store does not change): those measure a kept answer, not the work of
 * answering, and the table says how many they are.
 */
final class ApiRepeats {
  private final Set<String> sent = new HashSet<>();

  /** True when the server keeps the answer to {@code path}. */
  static boolean kept(String path) {
    return path.startsWith("api/search?") || path.matches("api/entities/[^/?]+(\\?.*)?");
  }

  /** Notes paths sent; those asked again later count as repeats. */
  void note(List<String> paths) {
    sent.addAll(paths);
  }

  /**
   * The share of {@code paths}, about to be sent in this order, that repeat one sent before and
   * kept; NaN when the server keeps none of them. Notes them.
   */
  double share(List<String> paths) {
    int kept = 0;
    int repeats = 0;
    for (String p : paths) {
      if (kept(p)) {
        kept++;
        repeats += sent.contains(p) ? 1 : 0;
      }
      sent.add(p);
    }
    return kept == 0 ? Double.NaN : (double) repeats / paths.size();
  }
}
