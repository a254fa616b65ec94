package dossier.api;

import dossier.store.Store;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links claims across reports in the background: linking reads every report and takes minutes
 * on a large store, so the server answers everything else meanwhile, and once claims are
 * linked it keeps serving those links while it links them again after the store changed.
 */
final class Linking implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Linking.class);

  private final Store store;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(task, "dossier-linking");
    t.setDaemon(true);
    return t;
  });
  /** True while a linking waits to start: changes seen meanwhile need no other. */
  private final AtomicBoolean queued = new AtomicBoolean();
  private volatile Linked linked;
  private volatile boolean failed;

  private Linking(Store store) {
    this.store = store;
  }

  /** Starts linking the claims of {@code store} in the background. */
  static Linking start(Store store) {
    Linking l = new Linking(store);
    l.relink();
    return l;
  }

  /** Links claims again in the background, to take in what the store gained since. */
  void relink() {
    if (queued.compareAndSet(false, true)) {
      try {
        worker.execute(this::link);
      } catch (RejectedExecutionException e) {
        // Closed: the server is stopping.
      }
    }
  }

  private void link() {
    queued.set(false);
    try {
      linked = Linked.of(store);
      failed = false;
    } catch (Exception | Error e) {
      if (!worker.isShutdown()) {
        LOG.error("linking claims failed{}", linked == null ? "" : "; the earlier links are kept", e);
        failed = true;
      }
    }
  }

  /** True once links can be read. */
  boolean ready() {
    return linked != null;
  }

  /**
   * The latest links; a 503 while the first are being worked out, a 500 when that failed (until
   * a linking after a change of the store succeeds).
   */
  Linked get() {
    Linked l = linked;
    if (l != null) {
      return l;
    }
    if (failed) {
      throw new ApiError(500, "linking claims across reports failed");
    }
    throw new ApiError(503, "claims are still being linked across reports; try again shortly");
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
