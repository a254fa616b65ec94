package dossier.ingest;

import dossier.model.RawDoc;
import dossier.model.Skipped;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Finds input files and reads each into a {@link RawDoc}. */
public final class Ingester {

  /**
   * The readable files under the given files and folders (folders recursively), in a stable
   * order; what cannot be listed goes to {@code skipped}.
   */
  public List<Path> files(List<Path> roots, Consumer<Skipped> skipped) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Reads one file, detecting its format and encoding. */
  public RawDoc read(Path file) throws IngestException {
    throw new UnsupportedOperationException("TODO");
  }
}
