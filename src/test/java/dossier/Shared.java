package dossier;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's shared data (samples, gold sets), which tests read but never copy. */
public final class Shared {
  private Shared() {}

  /** The shared folder: {@code $DOSSIER_SHARED}, else {@code ../shared}, else {@code /work/shared}. */
  public static Path root() {
    String env = System.getenv("DOSSIER_SHARED");
    for (Path p : new Path[] {env == null ? null : Path.of(env), Path.of("..", "shared"),
        Path.of("/work/shared")}) {
      if (p != null && Files.isDirectory(p.resolve("samples"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException("shared data not found: set DOSSIER_SHARED to the folder holding samples/");
  }

  /** A sample report by the start of its file name, such as {@code "001_"}. */
  public static Path sample(String prefix) {
    try (var files = Files.list(root().resolve("samples"))) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no sample " + prefix));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static Path samples() {
    return root().resolve("samples");
  }
}
