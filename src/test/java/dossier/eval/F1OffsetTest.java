package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class F1OffsetTest {

  @Test
  void lowersTheThresholdWhenKeepingADoubtfulLineGainsF1() {
    // Two doubtful main-text lines at -0.5 and one boilerplate line at -0.8: keeping the two
    // costs one false positive and gains two true positives.
    double[] logOdds = {3, 2, -0.5, -0.5, -0.8, -3};
    boolean[] main = {true, true, true, true, false, false};
    double offset = F1Offset.best(logOdds, main);
    assertTrue(offset >= 0.5 && offset < 0.8, "offset " + offset);
    assertEquals(1.0, F1Offset.f1(logOdds, main, offset), 1e-12);
  }
}
