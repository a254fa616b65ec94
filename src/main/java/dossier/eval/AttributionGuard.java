package dossier.eval;

import dossier.eval.GuardedRunner.Status;
import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.Claim;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Annotates one article and extracts its claims so that no article can stop the evaluation:
 * anything thrown and any run past the time limit become no claims. Times the two steps apart.
 */
final class AttributionGuard implements AutoCloseable {
  /** Long sentences make deep parses; every article gets the same room, as in {@link GuardedRunner}. */
  private static final long STACK_BYTES = 32L << 20;

  /** One article's result; {@code tokens} is 0 when annotation did not finish. */
  record Attempt(List<Claim> claims, int tokens, AttributionTiming annotate,
      AttributionTiming extract, Status status, Throwable error) {
    Attempt {
      claims = List.copyOf(claims);
    }
  }

  private final Function<Article, AnnotatedDoc> annotate;
  private final Function<AnnotatedDoc, List<Claim>> extract;
  private final Duration limit;
  private ExecutorService worker = newWorker();

  AttributionGuard(Function<Article, AnnotatedDoc> annotate,
      Function<AnnotatedDoc, List<Claim>> extract, Duration limit) {
    this.annotate = annotate;
    this.extract = extract;
    this.limit = limit;
  }

  Attempt run(Article article) {
    Future<Attempt> future = worker.submit(() -> timed(article));
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // A stuck run may ignore interrupts, so later articles get a fresh thread rather than wait.
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return new Attempt(List.of(), 0, new AttributionTiming(limit.toNanos(), 0),
          AttributionTiming.NONE, Status.TIMED_OUT, null);
    } catch (ExecutionException e) {
      return new Attempt(List.of(), 0, AttributionTiming.NONE, AttributionTiming.NONE,
          Status.CRASHED, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    }
  }

  private Attempt timed(Article article) {
    AttributionTiming start = AttributionTiming.now();
    AnnotatedDoc doc;
    try {
      doc = annotate.apply(article);
    } catch (Throwable t) {
      return new Attempt(List.of(), 0, AttributionTiming.since(start), AttributionTiming.NONE,
          Status.CRASHED, t);
    }
    AttributionTiming annotated = AttributionTiming.since(start);
    AttributionTiming extracting = AttributionTiming.now();
    try {
      List<Claim> claims = extract.apply(doc);
      return new Attempt(claims, doc.tokenCount(), annotated, AttributionTiming.since(extracting),
          Status.OK, null);
    } catch (Throwable t) {
      return new Attempt(List.of(), doc.tokenCount(), annotated, AttributionTiming.since(extracting),
          Status.CRASHED, t);
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread t = new Thread(null, task, "eval-attribution", STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
