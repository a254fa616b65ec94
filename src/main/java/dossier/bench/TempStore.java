package dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A store file in a fresh temporary folder, removed with the folder on close. */
final class TempStore implements AutoCloseable {
  private final Path folder;

  TempStore() throws IOException {
    folder = Files.createTempDirectory("dossier-bench");
  }

  Path file() {
    return folder.resolve("bench.db");
  }

  /** A new temporary store holding a copy of this one's files; this one must be closed. */
  TempStore copy() throws IOException {
    TempStore copy = new TempStore();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.folder.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the bench store " + folder, e);
    }
  }
}
