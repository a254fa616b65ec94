package dossier.bench;

import java.lang.management.ManagementFactory;

/**
 * Wall-clock time and the CPU time of the whole process (all threads, the collector's too) since
 * it started. On a shared machine the wall clock counts waits for a core; CPU time does not.
 */
final class Stopwatch {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final long wall = System.nanoTime();
  private final long cpu = OS.getProcessCpuTime();

  double wallSeconds() {
    return (System.nanoTime() - wall) / 1e9;
  }

  double cpuSeconds() {
    return (OS.getProcessCpuTime() - cpu) / 1e9;
  }
}
