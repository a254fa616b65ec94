package dossier.api;

import dossier.store.Store;
import dossier.store.StoreException;
import dossier.store.StoreWatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the store while it is served: when something was committed to it (a build adding
 * reports, a correction), requests move to a new snapshot and claims are linked again, so the
 * server need not be restarted. A check asks SQLite whether the file changed, which is cheap.
 */
final class Follower implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Follower.class);
  private static final long CHECK_EVERY_MS = 1000;

  private final Store store;
  private final StoreWatch watch;
  private final Snapshots snapshots;
  private final Linking linking;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
      task -> {
        Thread t = new Thread(task, "dossier-follow");
        t.setDaemon(true);
        return t;
      });
  // Only the timer thread uses these.
  /** A change was seen whose snapshot could not be opened yet. */
  private boolean behind;
  /** The last check failed, and said so. */
  private boolean failing;

  private Follower(Store store, StoreWatch watch, Snapshots snapshots, Linking linking) {
    this.store = store;
    this.watch = watch;
    this.snapshots = snapshots;
    this.linking = linking;
  }

  /**
   * Starts following; {@code watch} was opened before the first snapshot, so that nothing
   * committed after that snapshot goes unseen.
   */
  static Follower start(Store store, StoreWatch watch, Snapshots snapshots, Linking linking) {
    Follower f = new Follower(store, watch, snapshots, linking);
    f.timer.scheduleWithFixedDelay(f::check, CHECK_EVERY_MS, CHECK_EVERY_MS,
        TimeUnit.MILLISECONDS);
    return f;
  }

  private void check() {
    try {
      if (watch.changed()) {
        linking.relink();
        behind = true;
      }
      if (behind) {
        snapshots.replace(Snapshot.open(store));
        behind = false;
      }
      failing = false;
    } catch (StoreException | RuntimeException e) {
      // Tried again at the next check; said once for a run of failures.
      if (!failing && !timer.isShutdown()) {
        LOG.warn("cannot take in the changes of the knowledge base: {}", e.getMessage());
      }
      failing = true;
    }
  }

  /**
   * Stops following; waits for a check under way, so that a snapshot it opens reaches the
   * snapshots, which close it, rather than outliving the server.
   */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    watch.close();
  }
}
