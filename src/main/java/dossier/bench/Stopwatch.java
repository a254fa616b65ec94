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

  /**
   * A stopwatch started once the garbage of what ran before is collected, so that a timed pass
   * does not pay for its predecessors' full collection of the old generation (1.2-1.5 s of a
   * 9-13 s one-thread build, the models' ~1.2 GB marked) and passes timed in turn start alike.
   */
  static Stopwatch afterCollection() {
    System.gc();
    return new Stopwatch();
  }

  double wallSeconds() {
    return (System.nanoTime() - wall) / 1e9;
  }

  double cpuSeconds() {
    return (OS.getProcessCpuTime() - cpu) / 1e9;
  }

  /**
   * The compiler threads' elapsed time, summed, as the JVM reports it: a sign of compiling going
   * on, not its CPU, since waits count (a one-thread build showed 1.25 s of it with 0.5 s of CPU
   * beside its worker's).
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
