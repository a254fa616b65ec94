package dossier.bench;

import java.util.Arrays;

/**
 * The latencies of one kind of request at one number of clients, as the 50th, 90th and 99th
 * percentile in milliseconds; how many requests were timed, the wall-clock seconds they took and
 * the CPU time they cost, which a busy machine does not inflate as it does the latencies.
 *
 * @param cpuSeconds the CPU time of the server and the clients meanwhile
 */
record Latencies(long requests, double p50, double p90, double p99, double seconds,
    double cpuSeconds) {
  Latencies {
    if (requests < 1) {
      throw new IllegalArgumentException("no latencies");
    }
  }

  /** From each request's latency in nanoseconds. */
  static Latencies of(long[] nanos, double seconds, double cpuSeconds) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no latencies");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted.length, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
        seconds, cpuSeconds);
  }

  /** The latency that {@code quantile} of the requests did not exceed, in milliseconds. */
  private static double ms(long[] sorted, double quantile) {
    int rank = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }

  double perSecond() {
    return requests / seconds;
  }

  /** CPU milliseconds per request, the server's and the clients' together. */
  double cpuMsEach() {
    return cpuSeconds * 1e3 / requests;
  }
}
