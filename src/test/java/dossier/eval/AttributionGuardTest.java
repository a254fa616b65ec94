package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.eval.GuardedRunner.Status;
import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionGuardTest {
  private static final Article ARTICLE = new Article("a.txt", "a", "", null, null, null, null, "en",
      "She said so.", List.of());

  @Test
  void turnsARunPastTheLimitIntoNoClaims() {
    try (AttributionGuard guard = new AttributionGuard(a -> new AnnotatedDoc(a, List.of(), List.of()),
        doc -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return List.of();
        }, Duration.ofMillis(200))) {
      AttributionGuard.Attempt attempt = guard.run(ARTICLE);
      assertEquals(Status.TIMED_OUT, attempt.status());
      assertTrue(attempt.claims().isEmpty());
    }
  }

  @Test
  void timesAnnotationAndExtractionApart() {
    try (AttributionGuard guard = new AttributionGuard(a -> {
          long until = System.nanoTime() + 50_000_000L;
          while (System.nanoTime() < until) {
            Thread.onSpinWait();
          }
          return new AnnotatedDoc(a, List.of(), List.of());
        }, doc -> List.of(), Duration.ofSeconds(10))) {
      AttributionGuard.Attempt attempt = guard.run(ARTICLE);
      assertEquals(Status.OK, attempt.status());
      assertTrue(attempt.annotate().wallNanos() >= 50_000_000L, attempt.toString());
      assertTrue(attempt.extract().wallNanos() < attempt.annotate().wallNanos(), attempt.toString());
    }
  }
}
