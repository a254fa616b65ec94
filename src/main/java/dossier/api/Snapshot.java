package dossier.api;

import dossier.store.Queries;
import dossier.store.Queries.Edge;
import dossier.store.Store;
import dossier.store.StoreException;
import java.util.List;

/**
 * The store as requests read it: its queries, whose links between facts and entities are those
 * of the store when they opened, and the entity graph worked out then. A newer one replaces it
 * when the store changes (see {@link Snapshots}).
 */
final class Snapshot implements AutoCloseable {
  private final Queries queries;
  private final List<Edge> edges;

  private Snapshot(Queries queries, List<Edge> edges) {
    this.queries = queries;
    this.edges = List.copyOf(edges);
  }

  static Snapshot open(Store store) throws StoreException {
    Queries queries = store.queries();
    try {
      return new Snapshot(queries, queries.edges());
    } catch (StoreException | RuntimeException e) {
      queries.close();
      throw e;
    }
  }

  Queries queries() {
    return queries;
  }

  /** Every pair of entities linked by claims or events. */
  List<Edge> edges() {
    return edges;
  }

  @Override
  public void close() {
    queries.close();
  }
}
