package dossier.bench;

import java.util.List;

/**
 * Repeats a leg's untimed pass until the JIT compiler has about settled, so that the timed pass
 * measures steady throughput. One pass over the default corpus (some 20,000 tokens) is not
 * enough: code run a few times a sentence reaches the optimising compiler passes later, and runs
 * slower until then. A two-thread build of the default corpus (4 s a pass) still reported 0.3-1 s
 * of compiling a pass (the JVM's elapsed figure, see {@link Stopwatch#jitSeconds}) up to its
 * twentieth pass, so short passes get many tries; long ones are capped by time instead.
 */
final class WarmUp {
  /**
   * Settled: the compiler reported less than this share of a pass's wall clock. Both are elapsed
   * times, so that a busy machine, which stretches both, does not move the line.
   */
  private static final double SETTLED = 0.05;
  /** At most this many passes, for a corpus too small or a machine too busy to settle. */
  static final int MAX_PASSES = 40;
  /** No pass starts after this many seconds of warm-up: the stock leg's passes take a minute. */
  static final double MAX_SECONDS = 240;

  private WarmUp() {}

  /** One untimed pass over the leg's corpus. */
  interface Pass<E extends Exception> {
    void run() throws E;
  }

  /** Runs {@code pass} until the JIT has settled; returns how many times it ran. */
  static <E extends Exception> int run(Pass<E> pass) throws E {
    return run(List.of(pass));
  }

  /**
   * Runs each of {@code passes} in turn, round after round, until the JIT has settled in every
   * one of a round, each measured against its own wall clock (a long pass beside a short one
   * would hide the short one's compiling); each gets {@link #MAX_SECONDS}. Returns the rounds.
   */
  static <E extends Exception> int run(List<Pass<E>> passes) throws E {
    Stopwatch all = new Stopwatch();
    int rounds = 0;
    boolean settled;
    do {
      settled = true;
      for (Pass<E> pass : passes) {
        // Started as the timed passes are, so that the JIT settles on the passes it is timed on.
        Stopwatch clock = Stopwatch.afterCollection();
        pass.run();
        settled &= clock.jitSeconds() < SETTLED * clock.wallSeconds();
      }
      rounds++;
    } while (!settled && rounds < MAX_PASSES
        && all.wallSeconds() < MAX_SECONDS * passes.size());
    return rounds;
  }
}
