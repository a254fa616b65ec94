package dossier.spark;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/** Turns what Spark throws into one line that says what went wrong. */
final class SparkFailures {
  /** Spark's messages run on with a stack trace; this much of the first line says enough. */
  private static final int MAX = 300;

  private SparkFailures() {}

  /** The failure of a Spark job, or of starting Spark, on {@code master}. */
  static SparkJobException of(String master, Throwable e) {
    return new SparkJobException(reason(master, e), e);
  }

  /** The master cannot be reached: refused, timed out, or its host unknown. */
  static SparkJobException unreachable(String master, Throwable e) {
    return new SparkJobException(unreachableReason(master, e), e);
  }

  static String reason(String master, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof NoRouteToHostException
          || t instanceof UnknownHostException) {
        return unreachableReason(master, t);
      }
    }
    String first = firstLine(e);
    if (e instanceof IllegalStateException && first.contains("stopped SparkContext")) {
      // Spark stops the context itself when the master gives up on the application.
      return "Spark stopped the application on " + master
          + " (the master lost or unresponsive, or the application killed)";
    }
    return first;
  }

  private static String unreachableReason(String master, Throwable e) {
    String why = e instanceof UnknownHostException ? "unknown host " + e.getMessage()
        : firstLine(e);
    return "cannot reach " + master + " (" + why + ")";
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.strip().lines().findFirst().orElse(message);
    return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
  }
}
