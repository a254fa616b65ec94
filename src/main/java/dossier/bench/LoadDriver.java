package dossier.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What sends the API benchmark's requests: Debian's {@code wrk} when it is on the PATH, a
 * separate process in C that takes little of the cores the server needs; Java's HTTP client
 * otherwise.
 */
interface LoadDriver {
  /**
   * Sends each of {@code paths}, in order, over {@code clients} connections at once, each
   * sending its next request as soon as the last is answered; a status other than 200 fails
   * the run.
   */
  Latencies send(List<String> paths, int clients) throws IOException, InterruptedException;

  /** Which driver this is, for the table's heading. */
  String describe();

  /** wrk when {@code searchPath} (as the PATH variable) holds it, else Java's HTTP client. */
  static LoadDriver choose(String base, String searchPath) {
    Optional<Path> wrk = find("wrk", searchPath);
    return wrk.<LoadDriver>map(w -> new WrkDriver(w, base)).orElseGet(() -> new HttpClientDriver(base));
  }

  /** The executable named {@code name} in the first folder of {@code searchPath} that has one. */
  static Optional<Path> find(String name, String searchPath) {
    if (searchPath == null) {
      return Optional.empty();
    }
    for (String folder : searchPath.split(File.pathSeparator)) {
      if (!folder.isEmpty()) {
        Path p = Path.of(folder, name);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
