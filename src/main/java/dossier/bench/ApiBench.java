package dossier.bench;

import dossier.api.ApiServer;
import dossier.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code dossier bench api}: the latency of the HTTP API under concurrent load, over a store of
 * made-up reports (10,000 reports hold 100,000 claims) made once and reused. A server on the
 * loopback interface of this process answers clients that each send their next request once
 * the last is answered, from wrk when it is installed (see {@link LoadDriver}); each kind of
 * request is sent a fixed number of times at each number of clients.
 *
 * <pre>{@code
 * new ApiBench(Path.of("target/bench/bench.db"), 10_000, List.of(1, 4, 8), 500)
 *     .run(System.out, System.err);
 * }</pre>
 */
public final class ApiBench {
  private static final long SEED = 7;

  private final Path file;
  private final int reports;
  private final List<Integer> clients;
  private final int requests;

  /**
   * @param file the store, made when missing
   * @param reports how many reports a new store gets; an existing one must hold as many
   * @param clients the numbers of client threads to measure at, in order
   * @param requests requests of each kind at each number of clients
   */
  public ApiBench(Path file, int reports, List<Integer> clients, int requests) {
    this.file = Objects.requireNonNull(file, "file");
    this.clients = List.copyOf(clients);
    if (reports < 1 || requests < 1 || this.clients.isEmpty()
        || this.clients.stream().anyMatch(c -> c < 1)) {
      throw new IllegalArgumentException("reports, requests and clients must be 1 or more");
    }
    this.reports = reports;
    this.requests = requests;
  }

  /** Measures, the table on {@code out}, progress on {@code log}. */
  public void run(PrintStream out, PrintStream log) throws IOException, InterruptedException {
    LoadAverage start = LoadAverage.now();
    try (Store store = ApiStore.open(file, reports, log)) {
      Store.Counts n = store.counts();
      Stopwatch watch = new Stopwatch();
      ApiServer.Settings loopback = new ApiServer.Settings("127.0.0.1", 0, null);
      try (ApiServer server = ApiServer.start(store, loopback)) {
        log.printf(Locale.ROOT, "bench: server listening after %.1f s%n", watch.wallSeconds());
        awaitLinks(new HttpClientDriver(server.url()));
        log.printf(Locale.ROOT, "bench: claims linked across reports after %.1f s%n",
            watch.wallSeconds());
        LoadDriver driver = LoadDriver.choose(server.url(), System.getenv("PATH"));
        List<ApiRequests.Kind> kinds = ApiRequests.all(n, SEED);
        ApiRepeats repeats = new ApiRepeats();
        warmUp(driver, kinds, repeats);
        out.printf(Locale.ROOT, "API latency over %d reports, %d claims, %d events, %d entities;"
            + " %d requests of each kind per column; %d cores; load average at start %s%n",
            n.documents(), n.claims(), n.events(), n.entities(), requests,
            Runtime.getRuntime().availableProcessors(), start);
        out.println("load from " + driver.describe());
        measure(driver, kinds, repeats, log).print(out);
      }
    }
    out.println("load average at end " + LoadAverage.now());
  }

  /** Waits until claims are linked, so that linking in the background takes no core. */
  private static void awaitLinks(HttpClientDriver driver) throws IOException, InterruptedException {
    while (driver.status("api/contradictions") == 503) {
      Thread.sleep(500);
    }
  }

  /** Sends each kind a while first, so that the JIT has compiled what serves it. */
  private void warmUp(LoadDriver driver, List<ApiRequests.Kind> kinds, ApiRepeats repeats)
      throws IOException, InterruptedException {
    for (ApiRequests.Kind k : kinds) {
      List<String> paths = k.paths(Math.min(requests, 200));
      repeats.note(paths);
      driver.send(paths, clients.get(0));
    }
  }

  private ApiTable measure(LoadDriver driver, List<ApiRequests.Kind> kinds, ApiRepeats repeats,
      PrintStream log) throws IOException, InterruptedException {
    Latencies[][] measured = new Latencies[kinds.size()][clients.size()];
    double[][] repeated = new double[kinds.size()][clients.size()];
    LoadAverage[] loads = new LoadAverage[clients.size()];
    for (int c = 0; c < clients.size(); c++) {
      loads[c] = LoadAverage.now();
      for (int k = 0; k < kinds.size(); k++) {
        List<String> paths = kinds.get(k).paths(requests);
        repeated[k][c] = repeats.share(paths);
        measured[k][c] = driver.send(paths, clients.get(c));
        log.printf(Locale.ROOT, "bench: %d clients, %s: %.0f requests/s%n", clients.get(c),
            kinds.get(k).name(), measured[k][c].perSecond());
      }
    }
    return new ApiTable(clients, kinds, measured, repeated, loads);
  }
}
