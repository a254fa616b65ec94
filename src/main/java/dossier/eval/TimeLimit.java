package dossier.eval;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs evaluation steps one at a time on a worker with a large stack and a time limit, so that
 * no input of a gold set can stop an evaluation.
 */
final class TimeLimit implements AutoCloseable {
  /** Deep pages and long sentences overflow recursive code on a default stack; all get this room. */
  private static final long STACK_BYTES = 32L << 20;

  /** How a step ended: a value, a time-out, or what it threw. */
  record Outcome<T>(T value, boolean timedOut, Throwable error) {}

  private final Duration limit;
  private final String name;
  private ExecutorService worker;

  TimeLimit(Duration limit, String name) {
    this.limit = limit;
    this.name = name;
    this.worker = newWorker();
  }

  Duration limit() {
    return limit;
  }

  <T> Outcome<T> run(Callable<T> step) {
    Future<T> future = worker.submit(step);
    try {
      return new Outcome<>(future.get(limit.toNanos(), TimeUnit.NANOSECONDS), false, null);
    } catch (TimeoutException e) {
      // A stuck step may ignore interrupts, so later ones get a fresh thread rather than wait.
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return new Outcome<>(null, true, null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, false, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    }
  }

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread t = new Thread(null, task, name, STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
