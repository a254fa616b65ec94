package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  @Test
  void countsThePassesItRanAndStopsAtTheCap() {
    AtomicInteger ran = new AtomicInteger();
    int passes = WarmUp.run(() -> {
      ran.incrementAndGet();
      busy();
    });
    assertEquals(ran.get(), passes);
    assertTrue(passes >= 1 && passes <= WarmUp.MAX_PASSES, "passes: " + passes);
  }

  @Test
  void letsAFailingPassEndTheWarmUp() {
    AtomicInteger ran = new AtomicInteger();
    assertThrows(IOException.class, () -> WarmUp.run(() -> {
      ran.incrementAndGet();
      throw new IOException("disk full");
    }));
    assertEquals(1, ran.get());
  }

  @Test
  void runsEachPassOnceARoundInTurn() {
    StringBuilder order = new StringBuilder();
    int rounds = WarmUp.run(List.<WarmUp.Pass<RuntimeException>>of(
        () -> { order.append('1'); busy(); },
        () -> { order.append('2'); busy(); }));
    assertEquals("12".repeat(rounds), order.toString());
  }

  /** Some milliseconds of work, so that a pass has a wall clock to compare the compiler with. */
  private static void busy() {
    long end = System.nanoTime() + 20_000_000;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
