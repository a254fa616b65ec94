package dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while it runs, sampled every few milliseconds on a daemon thread. A
 * sample can miss a peak between two collections by a little; it never overstates one.
 */
final class HeapPeak implements AutoCloseable {
  private static final long PERIOD_MILLIS = 5;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile long peak;
  private volatile boolean running = true;

  HeapPeak() {
    sampler = new Thread(this::sample, "bench-heap");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The peak so far, in MiB. */
  double mebibytes() {
    long now = memory.getHeapMemoryUsage().getUsed();
    return Math.max(peak, now) / (1024.0 * 1024.0);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
