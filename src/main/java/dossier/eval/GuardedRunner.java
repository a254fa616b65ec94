package dossier.eval;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one extraction so that no page can stop the evaluation: anything thrown (stack overflows
 * included) and any run past the time limit become empty output. Times only the extraction call.
 */
final class GuardedRunner implements AutoCloseable {
  /** Deeply nested pages overflow recursive extractors on a default stack; all get the same room. */
  private static final long STACK_BYTES = 32L << 20;

  enum Status { OK, CRASHED, TIMED_OUT }

  /** The result of one guarded call; {@code error} is set only when it crashed. */
  record Attempt(Output output, long nanos, Status status, Throwable error) {}

  private final Duration limit;
  private ExecutorService worker = newWorker();

  GuardedRunner(Duration limit) {
    this.limit = limit;
  }

  Attempt run(PageExtractor extractor, Page page) {
    Future<Attempt> future = worker.submit(() -> timed(extractor, page));
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandonWorker(future);
      return new Attempt(Output.EMPTY, limit.toNanos(), Status.TIMED_OUT, null);
    } catch (ExecutionException e) {
      return new Attempt(Output.EMPTY, 0, Status.CRASHED, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    }
  }

  private static Attempt timed(PageExtractor extractor, Page page) {
    long start = System.nanoTime();
    try {
      Output out = extractor.extract(page);
      return new Attempt(out == null ? Output.EMPTY : out, System.nanoTime() - start, Status.OK, null);
    } catch (Throwable t) {
      return new Attempt(Output.EMPTY, System.nanoTime() - start, Status.CRASHED, t);
    }
  }

  /** A stuck extraction may ignore interrupts, so later pages get a fresh thread rather than wait. */
  private void abandonWorker(Future<?> stuck) {
    stuck.cancel(true);
    worker.shutdownNow();
    worker = newWorker();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread t = new Thread(null, task, "eval-extraction", STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
