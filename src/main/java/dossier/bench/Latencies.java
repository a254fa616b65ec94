package dossier.bench;

import java.util.Arrays;

/**
 * The latencies of one kind of request at one number of clients, the rate they were served at
 * and the CPU time they cost, which a busy machine does not inflate as it does the latencies.
 */
final class Latencies {
  private final long[] sorted;
  private final double seconds;
  private final double cpuSeconds;

  /**
   * @param nanos each request's latency
   * @param seconds the wall-clock time all of them took
   * @param cpuSeconds the CPU time of this process (server and clients) meanwhile
   */
  Latencies(long[] nanos, double seconds, double cpuSeconds) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no latencies");
    }
    this.sorted = nanos.clone();
    Arrays.sort(sorted);
    this.seconds = seconds;
    this.cpuSeconds = cpuSeconds;
  }

  /** The latency that {@code quantile} of the requests did not exceed, in milliseconds. */
  double ms(double quantile) {
    int rank = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }

  double perSecond() {
    return sorted.length / seconds;
  }

  /** CPU milliseconds per request, the server's and the client's together. */
  double cpuMsEach() {
    return cpuSeconds * 1e3 / sorted.length;
  }
}
