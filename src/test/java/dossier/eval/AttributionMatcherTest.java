package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.eval.AttributionMatcher.Pair;
import dossier.model.Span;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionMatcherTest {
  private static AttributionSpan span(int start, int end) {
    return AttributionSpan.of(new Span(start, end));
  }

  @Test
  void givesEachGoldSpanToThePredictionThatOverlapsItMost() {
    List<AttributionSpan> predicted = List.of(span(0, 5), span(0, 10));
    List<AttributionSpan> gold = List.of(span(0, 10));
    assertEquals(List.of(new Pair(1, 0)), AttributionMatcher.byOverlap(predicted, gold));
  }

  @Test
  void matchesOneToOneSoASecondPredictionOnTheSameGoldGoesUnmatched() {
    List<AttributionSpan> predicted = List.of(span(0, 10), span(2, 8));
    List<AttributionSpan> gold = List.of(span(0, 10), span(20, 30));
    assertEquals(List.of(new Pair(0, 0)), AttributionMatcher.byOverlap(predicted, gold));
  }

  @Test
  void letsALessOverlappingPredictionTakeTheGoldTheBetterOneLeft() {
    // Prediction 0 overlaps both golds; it takes gold 1 (8 characters), so prediction 1 gets gold 0.
    List<AttributionSpan> predicted = List.of(span(8, 20), span(0, 6));
    List<AttributionSpan> gold = List.of(span(0, 10), span(12, 20));
    assertEquals(List.of(new Pair(0, 1), new Pair(1, 0)), AttributionMatcher.byOverlap(predicted, gold));
  }

  @Test
  void countsAnOverlapButNotAnExactMatchWhenTheBoundsDiffer() {
    List<AttributionSpan> predicted = List.of(span(0, 11));
    List<AttributionSpan> gold = List.of(span(0, 10));
    assertEquals(1, AttributionMatcher.byOverlap(predicted, gold).size());
    assertTrue(AttributionMatcher.exact(predicted, gold).isEmpty());
    assertEquals(1, AttributionMatcher.exact(gold, gold).size());
  }

  @Test
  void countsOnlyThePiecesOfADiscontinuousGoldSpan() {
    AttributionSpan gold = AttributionSpan.of(new Span(0, 10), new Span(20, 30));
    assertEquals(0, span(12, 18).overlap(gold));
    assertEquals(20, span(0, 30).overlap(gold));
    assertTrue(AttributionMatcher.exact(List.of(span(0, 30)), List.of(gold)).isEmpty());
  }

  @Test
  void neverMatchesAMissingRole() {
    List<AttributionSpan> predicted = Arrays.asList(null, span(0, 4));
    List<AttributionSpan> gold = Arrays.asList(span(0, 4), null);
    assertEquals(List.of(new Pair(1, 0)), AttributionMatcher.byOverlap(predicted, gold));
  }

  @Test
  void mergesTouchingPiecesSoEqualCharactersAreEqualSpans() {
    assertEquals(span(0, 10), AttributionSpan.of(new Span(5, 10), new Span(0, 5)));
  }
}
