package dossier.eval;

import java.util.List;

/**
 * One role's scores over a corpus: its spans as a set (exact and overlap P/R/F1), and its accuracy
 * in the claims matched to gold attributions by content.
 */
final class AttributionRoleScore {
  private final AttributionTally exact = new AttributionTally();
  private final AttributionTally overlap = new AttributionTally();
  private long pairs;
  private long exactHits;
  private long overlapHits;

  void addSpans(List<AttributionSpan> predicted, List<AttributionSpan> gold) {
    exact.add(AttributionMatcher.exact(predicted, gold).size(), predicted.size(), gold.size());
    overlap.add(AttributionMatcher.byOverlap(predicted, gold).size(), predicted.size(), gold.size());
  }

  /** One matched claim; it counts only where the gold has this role, and a missing prediction is wrong. */
  void addPair(AttributionSpan predicted, AttributionSpan gold) {
    if (gold == null) {
      return;
    }
    pairs++;
    if (predicted != null) {
      exactHits += predicted.equals(gold) ? 1 : 0;
      overlapHits += predicted.overlap(gold) > 0 ? 1 : 0;
    }
  }

  AttributionTally exact() {
    return exact;
  }

  AttributionTally overlap() {
    return overlap;
  }

  /** How many matched claims have this role in the gold. */
  long pairs() {
    return pairs;
  }

  double exactAccuracy() {
    return AttributionTally.ratio(exactHits, pairs);
  }

  double overlapAccuracy() {
    return AttributionTally.ratio(overlapHits, pairs);
  }
}
