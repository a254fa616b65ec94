package dossier.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.Fixtures;
import dossier.model.Extraction;
import dossier.resolve.Resolver;
import dossier.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/** A store filled with hand-made reports and a server on a free loopback port, for tests. */
public final class TestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: status, headers and body. */
  public record Response(int status, HttpHeaders headers, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  private final Store store;
  private final ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestServer(Store store, ApiServer server) {
    this.store = store;
    this.server = server;
  }

  public static TestServer start(Path dir, String token, List<Extraction> reports)
      throws IOException {
    Store store = Store.open(dir.resolve("serve.db"));
    add(store, reports);
    TestServer server = new TestServer(store,
        ApiServer.start(store, new ApiServer.Settings("127.0.0.1", 0, token)));
    server.awaitLinking(token);
    return server;
  }

  /** Stores reports while the server runs, and resolves entities again, as a build does. */
  public void add(List<Extraction> reports) throws IOException {
    add(store, reports);
  }

  private static void add(Store store, List<Extraction> reports) throws IOException {
    for (Extraction x : reports) {
      store.put(x, Fixtures.fingerprint(x));
    }
    store.replaceEntities(new Resolver().resolve(store.mentionsByDocument()));
  }

  /** Waits until claims are linked across reports, which the server does in the background. */
  private void awaitLinking(String token) {
    String path = "/api/contradictions" + (token == null ? "" : "?token=" + token);
    for (int i = 0; i < 300 && get(path).status() == 503; i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  public String url() {
    return server.url();
  }

  /** GETs a path (with its query) and its headers, given as name, value, name, value... */
  public Response get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path.substring(1)));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a path that must answer 200 and returns its JSON. */
  public JsonNode json(String path) {
    Response r = get(path);
    if (r.status() != 200) {
      throw new AssertionError(path + " answered " + r.status() + ": " + r.body());
    }
    return r.json();
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
