package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Claim;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {
  private static final double EPS = 1e-9;

  private static AttributionSpan span(int start, int end) {
    return AttributionSpan.of(new Span(start, end));
  }

  /** Two gold attributions by one speaker (one source span shared), and a third without source. */
  private static final List<AttributionRelation> GOLD = List.of(
      new AttributionRelation(span(20, 40), span(10, 14), span(0, 9)),
      new AttributionRelation(span(60, 80), span(50, 55), span(0, 9)),
      new AttributionRelation(span(100, 120), span(90, 99), null));

  private static AttributionScorer score(List<AttributionRelation> predicted) {
    AttributionScorer scorer = new AttributionScorer();
    scorer.add(predicted, GOLD);
    return scorer;
  }

  @Test
  void scoresAResolvedPronounWhereTheReportSaysIt() {
    Span he = new Span(0, 2);
    Ref navarro = Ref.named("Luis Navarro", new Span(200, 212)).saidAt(he);
    Claim c = new Claim(new Span(0, 40), navarro, "said", new Span(3, 7), List.of(),
        "x".repeat(20), new Span(20, 40), false, Stance.ASSERTS, false);
    assertEquals(AttributionSpan.of(he), AttributionRelation.of(c).source());
  }

  @Test
  void scoresContentExactAndByOverlapWithOneMatchPerGold() {
    AttributionScorer s = score(List.of(
        new AttributionRelation(span(20, 40), null, null),
        new AttributionRelation(span(60, 70), null, null),
        new AttributionRelation(span(65, 80), null, null)));
    AttributionRoleScore content = s.score(AttributionRole.CONTENT);
    assertEquals(1.0 / 3, content.exact().precision(), EPS);
    assertEquals(2.0 / 3, content.overlap().precision(), EPS);
    assertEquals(2.0 / 3, content.overlap().recall(), EPS);
    assertEquals(2, s.matchedClaims());
  }

  @Test
  void scoresTheSourceOnlyInMatchedClaimsThatHaveAGoldSource() {
    AttributionScorer s = score(List.of(
        new AttributionRelation(span(20, 40), span(10, 14), span(0, 9)),
        new AttributionRelation(span(60, 80), span(50, 55), span(4, 9)),
        new AttributionRelation(span(100, 120), span(90, 99), span(85, 88))));
    AttributionRoleScore source = s.score(AttributionRole.SOURCE);
    assertEquals(2, source.pairs());
    assertEquals(1.0, source.overlapAccuracy(), EPS);
    assertEquals(0.5, source.exactAccuracy(), EPS);
  }

  @Test
  void countsAMissingPredictedSourceAsWrong() {
    AttributionScorer s = score(List.of(new AttributionRelation(span(20, 40), span(10, 14), null)));
    assertEquals(1, s.score(AttributionRole.SOURCE).pairs());
    assertEquals(0.0, s.score(AttributionRole.SOURCE).overlapAccuracy(), EPS);
    assertEquals(1.0, s.score(AttributionRole.CUE).exactAccuracy(), EPS);
  }

  @Test
  void countsASourceSharedByTwoAttributionsOnceAsASpan() {
    AttributionScorer s = score(List.of(
        new AttributionRelation(span(20, 40), null, span(0, 9)),
        new AttributionRelation(span(60, 80), null, span(0, 9))));
    AttributionRoleScore source = s.score(AttributionRole.SOURCE);
    assertEquals(1, source.exact().gold());
    assertEquals(1, source.exact().predicted());
    assertEquals(1.0, source.exact().f1(), EPS);
  }

  @Test
  void scoresNothingFoundAsZeroRatherThanNaN() {
    AttributionScorer s = score(List.of());
    assertEquals(0.0, s.score(AttributionRole.CUE).overlap().f1(), EPS);
    assertEquals(0.0, s.score(AttributionRole.SOURCE).overlapAccuracy(), EPS);
  }
}
