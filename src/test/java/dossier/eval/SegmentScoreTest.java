package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScoreTest {
  private static final GoldPage PAGE = new GoldPage("u", "f", List.of("the storm closed the pass",
      "crews cleared it by noon"), List.of("Subscribe now", "All rights reserved", "Log in"),
      null, null, null);

  @Test
  void countsMainTextFoundAsTruePositivesAndMissedAsFalseNegatives() {
    SegmentScore score = new SegmentScore();
    score.add("Overnight the storm closed the pass. Log in", PAGE);
    assertEquals(1, score.tp());
    assertEquals(1, score.fn());
  }

  @Test
  void countsBoilerplateFoundAsFalsePositivesAndLeftOutAsTrueNegatives() {
    SegmentScore score = new SegmentScore();
    score.add("Overnight the storm closed the pass. Log in", PAGE);
    assertEquals(1, score.fp());
    assertEquals(2, score.tn());
  }

  @Test
  void comparesWithWhitespaceNormalisedOnBothSides() {
    GoldPage gold = new GoldPage("u", "f", List.of("  crews\tcleared  it\n"), List.of(), null, null, null);
    SegmentScore score = new SegmentScore();
    score.add("Then crews\ncleared\u00a0 it by noon.", gold);
    assertEquals(1, score.tp());
    assertEquals("a b c", SegmentScore.normalise(" a \n\n b\u2003c\t"));
  }

  @Test
  void emptyOutputFindsNoMainTextAndNoBoilerplate() {
    SegmentScore score = new SegmentScore();
    score.add("", PAGE);
    assertEquals(0, score.tp());
    assertEquals(0, score.fp());
    assertEquals(2, score.fn());
    assertEquals(3, score.tn());
    assertEquals(0.0, score.precision());
    assertEquals(0.0, score.recall());
    assertEquals(0.0, score.f1());
    assertEquals(0.6, score.accuracy(), 1e-9);
  }

  @Test
  void sumsCountsOverPagesBeforeTakingRatios() {
    SegmentScore score = new SegmentScore();
    score.add("the storm closed the pass; crews cleared it by noon. Subscribe now", PAGE);
    score.add("the storm closed the pass", PAGE);
    assertEquals(3, score.tp());
    assertEquals(1, score.fp());
    assertEquals(1, score.fn());
    assertEquals(5, score.tn());
    assertEquals(0.75, score.precision(), 1e-9);
    assertEquals(0.75, score.recall(), 1e-9);
    assertEquals(0.75, score.f1(), 1e-9);
    assertEquals(0.8, score.accuracy(), 1e-9);
  }
}
