package dossier.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The API benchmark's table: for each kind of request and number of clients, the 50th, 90th
 * and 99th percentile of latency, the CPU time per request (server and clients, which a busy
 * machine inflates less than latency) and the percentage of requests that asked again for an
 * answer the server keeps ("-" where it keeps none); last, the load average when each number
 * of clients began.
 */
final class ApiTable {
  private static final String NAME = "%-36s";
  private static final String CELL = " %6.1f";
  private static final String[] COLUMNS = {"p50", "p90", "p99", "cpu", "kept%"};

  private final List<Integer> clients;
  private final List<ApiRequests.Kind> kinds;
  /** Indexed by kind, then by number of clients. */
  private final Latencies[][] measured;
  /** The share of repeats of kept answers, indexed as {@link #measured}; NaN for none kept. */
  private final double[][] repeated;
  private final LoadAverage[] loads;

  ApiTable(List<Integer> clients, List<ApiRequests.Kind> kinds, Latencies[][] measured,
      double[][] repeated, LoadAverage[] loads) {
    this.clients = List.copyOf(clients);
    this.kinds = List.copyOf(kinds);
    this.measured = measured;
    this.repeated = repeated;
    this.loads = loads;
  }

  void print(PrintStream out) {
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, NAME, "latency, ms"));
    StringBuilder sub = new StringBuilder(String.format(Locale.ROOT, NAME, "kind"));
    StringBuilder load = new StringBuilder(String.format(Locale.ROOT, NAME,
        "load average (1 min) at start"));
    for (int c : clients) {
      head.append(String.format(Locale.ROOT, " %-34s", c + (c == 1 ? " client" : " clients")));
      for (String q : COLUMNS) {
        sub.append(String.format(Locale.ROOT, " %6s", q));
      }
      load.append(String.format(Locale.ROOT, " %-34.2f", loads[clients.indexOf(c)].one()));
    }
    out.println(head.toString().stripTrailing());
    out.println(sub);
    for (int k = 0; k < kinds.size(); k++) {
      out.println(row(k));
    }
    out.println(load.toString().stripTrailing());
  }

  private String row(int k) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, NAME, kinds.get(k).name()));
    for (int c = 0; c < clients.size(); c++) {
      Latencies l = measured[k][c];
      line.append(String.format(Locale.ROOT, CELL.repeat(4), l.p50(), l.p90(), l.p99(),
          l.cpuMsEach()));
      double kept = repeated[k][c];
      line.append(Double.isNaN(kept) ? String.format(Locale.ROOT, " %6s", "-")
          : String.format(Locale.ROOT, " %6.0f", 100 * kept));
    }
    return line.toString();
  }
}
