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
  /** Enough for thousands of entity pages and searches, little beside the links. */
  private static final long ANSWER_BYTES = 32L << 20;

  private final Queries queries;
  private final List<Edge> edges;
  private final Answers answers = new Answers(ANSWER_BYTES);

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

  /** Answers given from this snapshot, for the routes whose answers it alone decides. */
  Answers answers() {
    return answers;
  }

  @Override
  public void close() {
    queries.close();
  }
}
