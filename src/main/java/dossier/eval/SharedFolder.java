package dossier.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's shared data, by the same rule as the tests: env, then ../shared, then /work/shared. */
public final class SharedFolder {
  private SharedFolder() {}

  /** The shared folder: {@code given} when set, else the first candidate that holds {@code eval/}. */
  static Path root(Path given) throws java.io.IOException {
    return root(given, "eval");
  }

  /**
   * The shared folder: {@code given} when set, else the first of {@code $DOSSIER_SHARED},
   * {@code ../shared} and {@code /work/shared} that holds the folder {@code holding}.
   *
   * @throws java.nio.file.NoSuchFileException when {@code given} is not a folder or none is found
   */
  public static Path root(Path given, String holding) throws java.io.IOException {
    if (given != null) {
      if (!Files.isDirectory(given)) {
        throw new java.nio.file.NoSuchFileException(given.toString(), null, "no such shared folder");
      }
      return given.toAbsolutePath().normalize();
    }
    String env = System.getenv("DOSSIER_SHARED");
    for (Path p : new Path[] {env == null ? null : Path.of(env), Path.of("..", "shared"),
        Path.of("/work/shared")}) {
      if (p != null && Files.isDirectory(p.resolve(holding))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new java.nio.file.NoSuchFileException("shared/" + holding, null,
        "shared data not found: set DOSSIER_SHARED or pass --shared");
  }
}
