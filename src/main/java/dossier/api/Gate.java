package dossier.api;

import java.util.concurrent.Semaphore;

/**
 * Lets at most a few requests do their work (reading the store, writing JSON) at once, the rest
 * waiting in turn. With more connections than cores, the server's threads otherwise share the
 * cores, so that every request under way is slowed together; in turn, each runs at a core's
 * speed once started, and the latency of the slowest requests drops.
 */
final class Gate {
  /** Work that may throw what a route throws. */
  interface Work<T> {
    T run() throws Exception;
  }

  private final Semaphore permits;

  /** @param permits requests at work at once; 0 for no limit */
  Gate(int permits) {
    this.permits = permits > 0 ? new Semaphore(permits, true) : null;
  }

  <T> T through(Work<T> work) throws Exception {
    if (permits == null) {
      return work.run();
    }
    permits.acquire();
    try {
      return work.run();
    } finally {
      permits.release();
    }
  }
}
