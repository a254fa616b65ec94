package dossier.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads wrk's standard output under {@code paths.lua}: the script's own line of figures, in
 * microseconds, not wrk's table, whose units vary ("812.00us", "1.20ms", "2.01s").
 */
final class WrkOutput {
  /** The line the script prints once every path is answered. */
  static final String ALL_ANSWERED = "dossier-wrk answered all";
  private static final Pattern FIGURES = Pattern.compile("(?m)^dossier-wrk (requests=.*)$");
  private static final Pattern FIELD = Pattern.compile("(\\w+)=([0-9.]+)");

  private WrkOutput() {}

  /**
   * The latencies that wrk measured, with {@code serverCpuSeconds} added to wrk's own CPU time.
   *
   * @param expected the requests to send: fewer answered means wrk stopped early
   * @throws IOException when the figures are missing, or some answers failed or never came
   */
  static Latencies latencies(String out, int expected, double serverCpuSeconds)
      throws IOException {
    Matcher line = FIGURES.matcher(out);
    if (!line.find()) {
      throw new IOException("wrk printed no figures:\n" + out);
    }
    Map<String, Double> f = new HashMap<>();
    for (Matcher m = FIELD.matcher(line.group(1)); m.find(); ) {
      f.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    double requests = field(f, "requests", out);
    if (field(f, "failed", out) > 0 || requests < expected) {
      throw new IOException("wrk: " + f.get("failed").longValue() + " requests failed, "
          + (long) requests + " of " + expected + " answered:\n" + out);
    }
    return new Latencies((long) requests, field(f, "p50_us", out) / 1e3,
        field(f, "p90_us", out) / 1e3, field(f, "p99_us", out) / 1e3, field(f, "seconds", out),
        field(f, "cpu_seconds", out) + serverCpuSeconds);
  }

  private static double field(Map<String, Double> f, String name, String out)
      throws IOException {
    Double v = f.get(name);
    if (v == null) {
      throw new IOException("wrk's figures lack " + name + ":\n" + out);
    }
    return v;
  }
}
