package dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's load average over 1, 5 and 15 minutes, so that a run on a busy machine shows
 * as one; where {@code /proc/loadavg} is missing, the JVM's 1-minute figure alone.
 */
record LoadAverage(double one, double five, double fifteen) {
  private static final Path PROC = Path.of("/proc/loadavg");

  static LoadAverage now() {
    try {
      String[] f = Files.readString(PROC).trim().split("\\s+");
      return new LoadAverage(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
          Double.parseDouble(f[2]));
    } catch (IOException | RuntimeException e) {
      double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return new LoadAverage(one, Double.NaN, Double.NaN);
    }
  }

  @Override
  public String toString() {
    return Double.isNaN(five) ? String.format(Locale.ROOT, "%.2f", one)
        : String.format(Locale.ROOT, "%.2f %.2f %.2f", one, five, fifteen);
  }
}
