package dossier.bench;

import dossier.model.Extraction;
import dossier.resolve.NearDuplicates;
import dossier.store.Store;
import dossier.store.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The API benchmark's store: made once from {@link ApiCorpus} and reused by later runs, since
 * making it takes minutes. Entities are built directly, not resolved.
 */
final class ApiStore {
  private ApiStore() {}

  /** The store at {@code file}, filled with {@code reports} reports when it is new. */
  static Store open(Path file, int reports, PrintStream log) throws IOException {
    boolean made = Files.exists(file);
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Store store = Store.open(file);
    try {
      if (!made) {
        fill(store, reports, log);
      } else if (store.counts().documents() != reports) {
        throw new IOException(file + " holds " + store.counts().documents() + " reports, not "
            + reports + "; delete it or name another store");
      }
      return store;
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static void fill(Store store, int reports, PrintStream log) throws StoreException {
    log.printf(Locale.ROOT, "bench: making a store of %d reports in %s%n", reports, store.file());
    Stopwatch watch = new Stopwatch();
    ApiCorpus corpus = new ApiCorpus();
    NearDuplicates fingerprints = new NearDuplicates();
    for (int n = 0; n < reports; n++) {
      Extraction x = corpus.report(n);
      corpus.noteMentions(store.put(x, fingerprints.fingerprint(x.article().text())), x);
    }
    store.replaceEntities(corpus.entities());
    log.printf(Locale.ROOT, "bench: store made in %.0f s%n", watch.wallSeconds());
  }
}
