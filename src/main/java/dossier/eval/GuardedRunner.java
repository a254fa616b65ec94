package dossier.eval;

import java.time.Duration;

/**
 * Runs one extraction so that no page can stop the evaluation: anything thrown (stack overflows
 * included) and any run past the time limit become empty output. Times only the extraction call.
 */
final class GuardedRunner implements AutoCloseable {
  enum Status { OK, CRASHED, TIMED_OUT }

  /** The result of one guarded call; {@code error} is set only when it crashed. */
  record Attempt(Output output, long nanos, Status status, Throwable error) {}

  private final TimeLimit limit;

  GuardedRunner(Duration limit) {
    this.limit = new TimeLimit(limit, "eval-extraction");
  }

  Attempt run(PageExtractor extractor, Page page) {
    TimeLimit.Outcome<Attempt> outcome = limit.run(() -> timed(extractor, page));
    if (outcome.timedOut()) {
      return new Attempt(Output.EMPTY, limit.limit().toNanos(), Status.TIMED_OUT, null);
    }
    return outcome.error() != null
        ? new Attempt(Output.EMPTY, 0, Status.CRASHED, outcome.error())
        : outcome.value();
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

  @Override
  public void close() {
    limit.close();
  }
}
