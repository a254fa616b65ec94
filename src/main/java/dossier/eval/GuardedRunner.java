package dossier.eval;

import java.time.Duration;

/**
 * Runs one extraction so that no page can stop the evaluation: anything thrown (stack overflows
 * included) and any run past the time limit become empty output. Times only the extraction call,
 * by the CPU time of the thread that ran it and by the wall clock.
 */
final class GuardedRunner implements AutoCloseable {
  enum Status { OK, CRASHED, TIMED_OUT }

  /** The result of one guarded call; {@code error} is set only when it crashed. */
  record Attempt(Output output, StepTiming time, Status status, Throwable error) {}

  private final TimeLimit limit;

  GuardedRunner(Duration limit) {
    this.limit = new TimeLimit(limit, "eval-extraction");
  }

  Attempt run(PageExtractor extractor, Page page) {
    TimeLimit.Outcome<Attempt> outcome = limit.run(() -> timed(extractor, page));
    if (outcome.timedOut()) {
      // The stuck thread's CPU time cannot be read from here; the limit bounds both clocks.
      long nanos = limit.limit().toNanos();
      return new Attempt(Output.EMPTY, new StepTiming(nanos, nanos), Status.TIMED_OUT, null);
    }
    return outcome.error() != null
        ? new Attempt(Output.EMPTY, StepTiming.NONE, Status.CRASHED, outcome.error())
        : outcome.value();
  }

  private static Attempt timed(PageExtractor extractor, Page page) {
    StepTiming start = StepTiming.now();
    try {
      Output out = extractor.extract(page);
      return new Attempt(out == null ? Output.EMPTY : out, StepTiming.since(start), Status.OK, null);
    } catch (Throwable t) {
      return new Attempt(Output.EMPTY, StepTiming.since(start), Status.CRASHED, t);
    }
  }

  @Override
  public void close() {
    limit.close();
  }
}
