package dossier.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The snapshot that requests read, replaced by a newer one when the store changes. A request
 * reads one snapshot from start to end; a replaced snapshot is closed once no request reads it.
 */
final class Snapshots implements AutoCloseable {
  /** A request handler that reads a snapshot. */
  interface Route {
    void handle(Context ctx, Snapshot s) throws Exception;
  }

  /** A request handler whose answer the snapshot decides, so that it can be kept. */
  interface Answering {
    Object answer(Context ctx, Snapshot s) throws Exception;
  }

  private final Map<Snapshot, Integer> reading = new HashMap<>();
  private final Gate gate;
  private Snapshot current;
  private boolean closed;

  /** @param gate what requests pass through to do their work; kept answers need not */
  Snapshots(Snapshot first, Gate gate) {
    this.current = first;
    this.gate = gate;
  }

  /** A handler that gives {@code route} the current snapshot. */
  Handler serve(Route route) {
    return read((ctx, s) -> gate.through(() -> {
      route.handle(ctx, s);
      return null;
    }));
  }

  /**
   * A handler that answers a request as {@code route} did when it was last asked of the same
   * snapshot, or asks {@code route} and keeps the answer.
   */
  Handler keep(Answering route) {
    return read((ctx, s) -> {
      String request = ctx.path() + "?" + Objects.toString(ctx.queryString(), "");
      byte[] body = s.answers().get(request);
      if (body == null) {
        body = gate.through(() -> Json.bytes(route.answer(ctx, s)));
        s.answers().put(request, body);
      }
      Json.send(ctx, body);
    });
  }

  /** A handler that reads the current snapshot from start to end. */
  private Handler read(Route route) {
    return ctx -> {
      Snapshot s = acquire();
      try {
        route.handle(ctx, s);
      } finally {
        release(s);
      }
    };
  }

  /** Serves {@code next} from now on; closes it straight away when the server is closed. */
  synchronized void replace(Snapshot next) {
    if (closed) {
      next.close();
      return;
    }
    Snapshot old = current;
    current = next;
    closeIfUnread(old);
  }

  private synchronized Snapshot acquire() {
    reading.merge(current, 1, Integer::sum);
    return current;
  }

  private synchronized void release(Snapshot s) {
    if (reading.merge(s, -1, Integer::sum) == 0) {
      reading.remove(s);
      if (s != current || closed) {
        s.close();
      }
    }
  }

  private void closeIfUnread(Snapshot s) {
    if (!reading.containsKey(s)) {
      s.close();
    }
  }

  /** Closes the current snapshot, or lets the last request that reads it close it. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      closeIfUnread(current);
    }
  }
}
