package dossier.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The standalone masters of a {@code spark://} URL, and whether any of them answers. Spark
 * retries an unreachable master for a minute before it gives up, so the build asks first.
 */
final class Masters {
  private static final String SCHEME = "spark://";
  private static final int TIMEOUT_MS = 5_000;

  private Masters() {}

  /**
   * Returns when {@code master} is not a standalone master URL or one of its masters accepts a
   * connection.
   *
   * @throws SparkJobException naming the master and why it cannot be reached
   */
  static void checkReachable(String master) {
    List<InetSocketAddress> addresses = addresses(master);
    IOException last = null;
    for (InetSocketAddress address : addresses) {
      try (Socket s = new Socket()) {
        s.connect(address, TIMEOUT_MS);
        return;
      } catch (IOException e) {
        last = e;
      }
    }
    if (last != null) {
      throw SparkFailures.unreachable(master, last);
    }
  }

  /** The host and port of each master in {@code spark://h1:p1,h2:p2}; none for other URLs. */
  static List<InetSocketAddress> addresses(String master) {
    List<InetSocketAddress> out = new ArrayList<>();
    if (!master.startsWith(SCHEME)) {
      return out;
    }
    for (String hostPort : master.substring(SCHEME.length()).split(",")) {
      try {
        URI uri = new URI(SCHEME + hostPort.strip());
        if (uri.getHost() != null && uri.getPort() > 0) {
          out.add(new InetSocketAddress(uri.getHost(), uri.getPort()));
        }
      } catch (URISyntaxException e) {
        // Spark itself says what is wrong with the URL.
      }
    }
    return out;
  }
}
