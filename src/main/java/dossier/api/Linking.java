package dossier.api;

import dossier.store.Store;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links claims across reports in the background: linking reads every report and takes minutes
 * on a large store, so the server answers everything else meanwhile.
 */
final class Linking {
  private static final Logger LOG = LoggerFactory.getLogger(Linking.class);

  private final CompletableFuture<Linked> linked = new CompletableFuture<>();

  private Linking() {}

  static Linking start(Store store) {
    Linking l = new Linking();
    Thread worker = new Thread(() -> {
      try {
        l.linked.complete(Linked.of(store));
      } catch (Exception | Error e) {
        LOG.error("linking claims failed", e);
        l.linked.completeExceptionally(e);
      }
    }, "dossier-linking");
    worker.setDaemon(true);
    worker.start();
    return l;
  }

  /** True once the links can be read. */
  boolean ready() {
    return linked.isDone() && !linked.isCompletedExceptionally();
  }

  /** The links; a 503 while they are being worked out, a 500 when that failed. */
  Linked get() {
    if (!linked.isDone()) {
      throw new ApiError(503, "claims are still being linked across reports; try again shortly");
    }
    if (linked.isCompletedExceptionally()) {
      throw new ApiError(500, "linking claims across reports failed");
    }
    return linked.join();
  }
}
