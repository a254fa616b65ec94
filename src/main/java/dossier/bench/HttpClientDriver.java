package dossier.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load from Java's own HTTP client, when wrk is not installed: client threads in this process,
 * each sending its next request as soon as the last is answered, timed from sending to the last
 * byte. The clients take a share of the cores that the server would otherwise have.
 */
final class HttpClientDriver implements LoadDriver {
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  /** @param base the server's address, ending in a slash */
  HttpClientDriver(String base) {
    this.base = base;
  }

  @Override
  public String describe() {
    return "Java's HTTP client, one thread per client in the server's process (wrk is not on"
        + " the PATH)";
  }

  @Override
  public Latencies send(List<String> paths, int clients) throws IOException, InterruptedException {
    long[] nanos = new long[paths.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      Stopwatch watch = new Stopwatch();
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < clients; t++) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < nanos.length; i = next.getAndIncrement()) {
            nanos[i] = time(paths.get(i));
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      return Latencies.of(nanos, watch.wallSeconds(), watch.cpuSeconds());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("a client thread failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The status of one request, without timing it. */
  int status(String path) throws IOException, InterruptedException {
    return http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private long time(String path) throws IOException, InterruptedException {
    HttpRequest request = request(path);
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - t0;
    if (r.statusCode() != 200) {
      throw new IOException(path + " answered " + r.statusCode() + ": " + new String(r.body(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
    return took;
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).build();
  }
}
