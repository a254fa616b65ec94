package dossier.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How long a step took, by the wall clock and by the CPU time of the thread that ran it. On a
 * shared machine the wall clock counts the waits for a core too; the CPU time does not.
 */
record StepTiming(long wallNanos, long cpuNanos) {
  static final StepTiming NONE = new StepTiming(0, 0);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** A point to time from on the current thread. */
  static StepTiming now() {
    return new StepTiming(System.nanoTime(), cpu());
  }

  /** The time from {@code start}, taken with {@link #now}, on the same thread. */
  static StepTiming since(StepTiming start) {
    return new StepTiming(System.nanoTime() - start.wallNanos, cpu() - start.cpuNanos);
  }

  StepTiming plus(StepTiming other) {
    return new StepTiming(wallNanos + other.wallNanos, cpuNanos + other.cpuNanos);
  }

  /** Whether this JVM reads the CPU time of the current thread; where not, CPU times are 0. */
  static boolean measuresCpu() {
    return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
  }

  /** 0 where the JVM cannot measure thread CPU time, so the CPU columns read 0 rather than lie. */
  private static long cpu() {
    return measuresCpu() ? THREADS.getCurrentThreadCpuTime() : 0;
  }
}
