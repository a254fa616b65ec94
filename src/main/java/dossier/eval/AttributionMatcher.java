package dossier.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Pairs predicted spans with gold spans one to one, greedily: the pair sharing the most characters
 * first, then the next among those still free. Null entries (a role that is not there) never pair.
 */
final class AttributionMatcher {
  private AttributionMatcher() {}

  /** A predicted item and the gold item it matched, by index in their lists. */
  record Pair(int predicted, int gold) {}

  private record Candidate(int predicted, int gold, int score) {}

  /** Pairs that share at least one character, the largest overlaps first. */
  static List<Pair> byOverlap(List<AttributionSpan> predicted, List<AttributionSpan> gold) {
    return greedy(predicted, gold, AttributionSpan::overlap);
  }

  /** Pairs that cover exactly the same characters. */
  static List<Pair> exact(List<AttributionSpan> predicted, List<AttributionSpan> gold) {
    return greedy(predicted, gold, (p, g) -> p.equals(g) ? 1 : 0);
  }

  private static List<Pair> greedy(List<AttributionSpan> predicted, List<AttributionSpan> gold,
      ToIntBiFunction<AttributionSpan, AttributionSpan> score) {
    List<Candidate> candidates = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        int s = predicted.get(p) == null || gold.get(g) == null ? 0
            : score.applyAsInt(predicted.get(p), gold.get(g));
        if (s > 0) {
          candidates.add(new Candidate(p, g, s));
        }
      }
    }
    // Ties go to the earlier gold, then the earlier prediction, so the result does not depend on luck.
    candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
        .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
    boolean[] usedPredicted = new boolean[predicted.size()];
    boolean[] usedGold = new boolean[gold.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!usedPredicted[c.predicted()] && !usedGold[c.gold()]) {
        usedPredicted[c.predicted()] = true;
        usedGold[c.gold()] = true;
        pairs.add(new Pair(c.predicted(), c.gold()));
      }
    }
    return pairs;
  }
}
