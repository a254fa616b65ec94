package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {
  private static final double[] TRUE_WEIGHTS = {1.5, -2.0, 0.5, -0.7};

  @Test
  void recoversTheWeightsThatDrewNoisyLabels() {
    Random random = new Random(7);
    double[][] x = rows(random, 20_000);
    boolean[] y = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = random.nextDouble() < LogisticFit.sigmoid(LogisticFit.dot(TRUE_WEIGHTS, x[i]));
    }
    assertArrayEquals(TRUE_WEIGHTS, LogisticFit.fit(x, y, 1), 0.1);
  }

  @Test
  void keepsWeightsFiniteAndSeparatesASeparableSet() {
    double[][] x = rows(new Random(3), 500);
    boolean[] y = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = LogisticFit.dot(TRUE_WEIGHTS, x[i]) > 0;
    }
    double[] w = LogisticFit.fit(x, y, 1);
    for (int i = 0; i < x.length; i++) {
      assertTrue(Double.isFinite(LogisticFit.dot(w, x[i])));
    }
    long wrong = java.util.stream.IntStream.range(0, x.length)
        .filter(i -> (LogisticFit.dot(w, x[i]) > 0) != y[i]).count();
    assertTrue(wrong <= 5, wrong + " of " + x.length + " wrong");
  }

  @Test
  void givesTheSameWeightsOnEveryRun() {
    double[][] x = rows(new Random(11), 300);
    boolean[] y = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i][1] + 0.3 * x[i][2] > 0.1;
    }
    assertArrayEquals(LogisticFit.fit(x, y, 1), LogisticFit.fit(x, y, 1), 0);
  }

  @Test
  void choleskySolvesASmallSystem() {
    double[][] a = {{4, 0}, {2, 3}};
    double[] x = Cholesky.solve(a, new double[] {8, 7});
    // The upper triangle is not read: a is [[4, 2], [2, 3]].
    assertEquals(1.25, x[0], 1e-12);
    assertEquals(1.5, x[1], 1e-12);
  }

  /** Three standard normal features and a constant last. */
  private static double[][] rows(Random random, int n) {
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), 1};
    }
    return x;
  }
}
