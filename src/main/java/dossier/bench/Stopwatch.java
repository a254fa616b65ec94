package dossier.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Wall-clock time and the CPU time of the whole process (all threads, the collector's too) since
 * it started, with the time the JIT compiler and the garbage collector took meanwhile. On a
 * shared machine the wall clock counts waits for a core; CPU time does not.
 */
final class Stopwatch {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

  private final long wall = System.nanoTime();
  private final long cpu = OS.getProcessCpuTime();
  private final long jit = jitMillis();
  private final long gc = gcMillis();

  double wallSeconds() {
    return (System.nanoTime() - wall) / 1e9;
  }

  double cpuSeconds() {
    return (OS.getProcessCpuTime() - cpu) / 1e9;
  }

  /**
   * The compiler threads' elapsed time, summed: cores taken from annotation when none is
   * spare. A wait for a core counts, as in the wall clock.
   */
  double jitSeconds() {
    return (jitMillis() - jit) / 1e3;
  }

  /** The collectors' pauses, as they report them (wall clock; concurrent work is not counted). */
  double gcSeconds() {
    return (gcMillis() - gc) / 1e3;
  }

  private static long jitMillis() {
    return JIT != null && JIT.isCompilationTimeMonitoringSupported()
        ? JIT.getTotalCompilationTime() : 0;
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }
}
