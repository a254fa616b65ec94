package dossier.bench;

import dossier.api.ApiServer;
import dossier.model.Extraction;
import dossier.resolve.NearDuplicates;
import dossier.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Latency of the HTTP API under concurrent load, over a store of at least 100,000 claims. Not a
 * test: run it by hand (see README.md, "Serving"):
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) dossier.bench.ApiBenchmark [REPORTS] [THREADS,...] [REQUESTS]
 * </pre>
 *
 * The store is made once under target/bench/ and reused. Every request goes to a server on the
 * loopback interface of this machine; each kind of request is sent a fixed number of times.
 */
public final class ApiBenchmark {
  private static final Path DB = Path.of("target", "bench", "bench.db");

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final int requests;
  private int threads;
  private String base;

  private ApiBenchmark(int requests) {
    this.requests = requests;
  }

  public static void main(String[] args) throws Exception {
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int[] threads = Arrays.stream((args.length > 1 ? args[1] : "1,4,8").split(","))
        .mapToInt(Integer::parseInt).toArray();
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    new ApiBenchmark(requests).run(reports, threads);
  }

  private void run(int reports, int[] concurrency) throws Exception {
    long entities;
    try (Store store = filled(reports)) {
      Store.Counts n = store.counts();
      entities = n.entities();
      System.out.printf(Locale.ROOT, "store: %d reports, %d claims, %d events, %d entities%n",
          n.documents(), n.claims(), n.events(), n.entities());
      long t0 = System.nanoTime();
      try (ApiServer server = ApiServer.start(store, new ApiServer.Settings("127.0.0.1", 0, null))) {
        System.out.printf(Locale.ROOT, "server listening after %.1f s (links facts to entities, builds the graph)%n",
            (System.nanoTime() - t0) / 1e9);
        base = server.url();
        while (status("api/contradictions") == 503) {
          Thread.sleep(500);
        }
        System.out.printf(Locale.ROOT, "claims linked across reports after %.1f s%n",
            (System.nanoTime() - t0) / 1e9);
        for (int t : concurrency) {
          threads = t;
          System.out.printf(Locale.ROOT, "%n%d client threads, %d requests per kind, %d cores, load average %.1f%n",
              threads, requests, Runtime.getRuntime().availableProcessors(),
              java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
          measureAll(n.claims(), entities);
        }
      }
    }
  }

  private void measureAll(long claims, long entities) throws Exception {
    Random r = new Random(7);
    SyntheticCorpus words = new SyntheticCorpus();
    System.out.println("kind                              p50 ms   p95 ms   p99 ms   max ms    req/s");
    measure("warm-up (all kinds, not counted)", i -> "api/claims?offset=" + r.nextInt(1000), true);
    measure("claims list, any page", i -> "api/claims?offset=" + r.nextInt((int) claims - 20), false);
    measure("claims list, denials, any page", i -> "api/claims?stance=denies&offset=" + r.nextInt(180), false);
    measure("claims list, by entity and date", i -> "api/claims?entity=e" + (1 + r.nextInt((int) entities))
        + "&from=2019-06-01&to=2020-06-01", false);
    measure("documents list, any page", i -> "api/documents?offset=" + r.nextInt(9_000), false);
    measure("entity, any", i -> "api/entities/e" + (1 + r.nextInt((int) entities)), false);
    measure("entity, among the 20 most mentioned", i -> "api/entities/e" + (1 + r.nextInt(20)), false);
    measure("search, a rare word", i -> "api/search?q=" + words.rareWord(), false);
    measure("search, a common word", i -> "api/search?q=" + SyntheticCorpus.commonWord(r.nextInt(100)), false);
    measure("search, two common words", i -> "api/search?q=" + SyntheticCorpus.commonWord(r.nextInt(100))
        + "+" + SyntheticCorpus.commonWord(r.nextInt(100)), false);
    measure("events (timeline), any page", i -> "api/events?offset=" + r.nextInt(9_000), false);
  }

  /** Sends {@code requests} requests from {@code threads} threads and prints the latencies. */
  private void measure(String kind, IntFunction<String> path, boolean quiet) throws Exception {
    String[] paths = new String[requests];
    for (int i = 0; i < requests; i++) {
      paths[i] = path.apply(i);
    }
    long[] nanos = new long[requests];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
          nanos[i] = send(paths[i]);
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    if (!quiet) {
      Arrays.sort(nanos);
      System.out.printf(Locale.ROOT, "%-32s %8.1f %8.1f %8.1f %8.1f %8.0f%n", kind, ms(nanos, 0.50),
          ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, requests / seconds);
    }
  }

  private long send(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).build();
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - t0;
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + new String(r.body()));
    }
    return took;
  }

  private int status(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  /** The benchmark's store, made when missing. */
  private static Store filled(int reports) throws IOException {
    boolean made = Files.exists(DB);
    Files.createDirectories(DB.getParent());
    Store store = Store.open(DB);
    if (made && store.counts().documents() == reports) {
      return store;
    }
    if (made) {
      store.close();
      throw new IllegalStateException(DB + " holds another corpus; delete it first");
    }
    long t0 = System.nanoTime();
    SyntheticCorpus corpus = new SyntheticCorpus();
    NearDuplicates fingerprints = new NearDuplicates();
    for (int n = 0; n < reports; n++) {
      Extraction x = corpus.report(n);
      corpus.noteMentions(store.put(x, fingerprints.fingerprint(x.article().text())), x);
    }
    store.replaceEntities(corpus.entities());
    System.out.printf(Locale.ROOT, "store made in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    return store;
  }
}
