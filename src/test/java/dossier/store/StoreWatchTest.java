package dossier.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.Fixtures;
import dossier.model.Extraction;
import dossier.model.Skipped;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWatchTest {
  @Test
  void seesEachCommitOfAnotherConnectionOnce(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"));
        StoreWatch watch = StoreWatch.open(store.file())) {
      assertFalse(watch.changed());
      Extraction x = Fixtures.navarroReport();
      store.put(x, Fixtures.fingerprint(x));
      assertTrue(watch.changed());
      assertFalse(watch.changed());
      store.putSkipped(new Skipped("empty.txt", "no text"));
      assertTrue(watch.changed());
    }
  }

  @Test
  void seesNoChangeInReads(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"));
        StoreWatch watch = StoreWatch.open(store.file())) {
      store.counts();
      store.entities();
      assertFalse(watch.changed());
    }
  }
}
