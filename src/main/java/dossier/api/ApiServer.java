package dossier.api;

import dossier.model.Resource;
import dossier.store.Store;
import dossier.store.StoreException;
import dossier.store.StoreWatch;
import dossier.web.Assets;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server of {@code dossier serve}: the JSON API under {@code /api/} and the web page at
 * {@code /}, over one store. The links between facts and entities and the entity graph are worked
 * out when it starts, claim clusters and contradictions in the background after; all of them
 * again when the store changes (a build adding reports while it serves), the earlier ones being
 * served meanwhile. Lists read the store as it is at each request; the answers to searches and
 * entity pages are kept, and given again, while the snapshot they were read from is served.
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.start(store, new ApiServer.Settings("127.0.0.1", 0, null))) {
 *   URI api = URI.create(server.url() + "api/claims?stance=denies");
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String OPENAPI = "/dossier/api/openapi.json";
  /** Set on a request once its error has been answered, so the status handlers leave it be. */
  private static final String ANSWERED = "dossier.answered";
  /**
   * The system property that sets how many requests do their work at once (see {@link Gate}):
   * by default as many as there are cores; 0 for no limit, as a benchmark may compare.
   */
  static final String WORKERS = "dossier.api.workers";

  /**
   * Where to listen and the token API requests must bear.
   *
   * @param port 0 for any free port
   * @param token null for none, which only a loopback host allows
   */
  public record Settings(String host, int port, String token) {
    public Settings {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      if (token != null && token.isBlank()) {
        throw new IllegalArgumentException("blank token");
      }
      if (token == null && !loopback(host)) {
        throw new IllegalArgumentException("a token is needed to serve on " + host);
      }
    }

    /** True when {@code host} names this machine's loopback interface only. */
    public static boolean loopback(String host) {
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }

  private final Javalin app;
  private final String host;
  /** What {@link #close} closes, in order. */
  private final AutoCloseable[] parts;

  private ApiServer(Javalin app, String host, AutoCloseable... parts) {
    this.app = app;
    this.host = host;
    this.parts = parts;
  }

  /**
   * Starts serving {@code store}; returns once the server listens.
   *
   * @throws java.net.BindException when the address cannot be listened on (a port in use)
   */
  public static ApiServer start(Store store, Settings settings) throws IOException {
    // Watching first, so that what is committed while the first snapshot opens is taken in.
    StoreWatch watch = StoreWatch.open(store.file());
    Snapshots snapshots;
    try {
      snapshots = new Snapshots(Snapshot.open(store), new Gate(Integer.getInteger(WORKERS,
          Runtime.getRuntime().availableProcessors())));
    } catch (StoreException | RuntimeException e) {
      watch.close();
      throw e;
    }
    Linking linking = Linking.start(store);
    Follower follower = Follower.start(store, watch, snapshots, linking);
    try {
      Javalin app = Javalin.create(cfg -> {
        cfg.showJavalinBanner = false;
        cfg.startupWatcherEnabled = false;
        cfg.http.prefer405over404 = true;
      });
      routes(app, snapshots, linking, new Guard(settings.token()));
      listen(app, settings);
      return new ApiServer(app, settings.host(), follower, linking, snapshots);
    } catch (IOException | RuntimeException e) {
      follower.close();
      linking.close();
      snapshots.close();
      throw e;
    }
  }

  private static void listen(Javalin app, Settings settings) throws BindException {
    try {
      app.start(settings.host(), settings.port());
    } catch (JavalinBindException e) {
      BindException bind = new BindException("cannot listen on " + settings.host() + ":"
          + settings.port() + " (" + e.getMessage() + ")");
      bind.initCause(e);
      throw bind;
    }
  }

  public int port() {
    return app.port();
  }

  /** The address of the web page, ending in a slash. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
    for (AutoCloseable part : parts) {
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("closing the server: {}", e.getMessage());
      }
    }
  }

  private static void routes(Javalin app, Snapshots s, Linking linking, Guard guard) {
    app.before(guard::headers);
    app.before("/api/*", guard::checkToken);
    byte[] openApi = Resource.bytes(OPENAPI);
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.get("/api/documents", s.serve(DocumentRoutes::list));
    app.get("/api/documents/{id}", s.serve(DocumentRoutes::one));
    app.get("/api/entities", s.serve(EntityRoutes::list));
    app.get("/api/entities/{id}", s.keep(EntityRoutes::one));
    app.get("/api/claims", s.serve(ClaimRoutes::list));
    app.get("/api/claims/{id}", s.serve(new ClaimRoutes(linking)::one));
    app.get("/api/events", s.serve(EventRoutes::list));
    app.get("/api/events/{id}", s.serve(EventRoutes::one));
    app.get("/api/contradictions", s.serve(new ContradictionRoutes(linking)::list));
    app.get("/api/search", s.keep(SearchRoute::search));
    app.get("/api/graph", s.serve(GraphRoute::graph));
    for (Assets.Asset asset : Assets.load().all()) {
      app.get(asset.path(), ctx -> ctx.contentType(asset.contentType())
          .header("Cache-Control", "no-cache").result(asset.body()));
    }
    errors(app);
  }

  private static void errors(Javalin app) {
    app.exception(ApiError.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, 500, "internal error");
    });
    app.error(404, ctx -> unanswered(ctx, 404, "no such endpoint"));
    app.error(405, ctx -> unanswered(ctx, 405, "method not allowed"));
  }

  private static void answer(Context ctx, int status, String message) {
    ctx.attribute(ANSWERED, true);
    Json.error(ctx, status, message);
  }

  /** Answers an unmatched request in JSON, unless a handler already did. */
  private static void unanswered(Context ctx, int status, String message) {
    if (ctx.attribute(ANSWERED) == null) {
      Json.error(ctx, status, message);
    }
  }
}
