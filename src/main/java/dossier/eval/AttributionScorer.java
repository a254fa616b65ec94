package dossier.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted attributions against gold ones, article by article: claims are matched one to
 * one to gold attributions by content overlap, and each role is scored as a span set and within
 * those matched pairs.
 */
final class AttributionScorer {
  private final Map<AttributionRole, AttributionRoleScore> scores = new EnumMap<>(AttributionRole.class);
  private long matchedClaims;

  AttributionScorer() {
    for (AttributionRole role : AttributionRole.values()) {
      scores.put(role, new AttributionRoleScore());
    }
  }

  void add(List<AttributionRelation> predicted, List<AttributionRelation> gold) {
    for (AttributionRole role : AttributionRole.values()) {
      scores.get(role).addSpans(role.spans(predicted), role.spans(gold));
    }
    List<AttributionMatcher.Pair> pairs = AttributionMatcher.byOverlap(
        contents(predicted), contents(gold));
    for (AttributionMatcher.Pair pair : pairs) {
      AttributionRelation p = predicted.get(pair.predicted());
      AttributionRelation g = gold.get(pair.gold());
      for (AttributionRole role : AttributionRole.values()) {
        scores.get(role).addPair(role.of(p), role.of(g));
      }
    }
    matchedClaims += pairs.size();
  }

  AttributionRoleScore score(AttributionRole role) {
    return scores.get(role);
  }

  /** Claims matched to a gold attribution by content overlap. */
  long matchedClaims() {
    return matchedClaims;
  }

  /** Contents in relation order, nulls kept, so that pair indices point back into the relations. */
  private static List<AttributionSpan> contents(List<AttributionRelation> relations) {
    return relations.stream().map(AttributionRole.CONTENT::of).toList();
  }
}
