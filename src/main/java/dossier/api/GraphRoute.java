package dossier.api;

import dossier.store.Queries.EntityRow;
import dossier.store.StoreException;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/graph}: the most mentioned entities and the links among them (claims that join
 * them, events from one to the other), as found when the snapshot opened.
 */
final class GraphRoute {
  private static final int DEFAULT_NODES = 80;
  private static final int MAX_NODES = 500;

  record EdgeView(String source, String target, int claims, int events) {}

  record GraphView(List<Views.EntityView> nodes, List<EdgeView> edges) {}

  private GraphRoute() {}

  static void graph(Context ctx, Snapshot s) throws StoreException {
    int limit = new Params(ctx).integer("limit", DEFAULT_NODES, 1, MAX_NODES);
    List<EntityRow> nodes = s.queries().entities(null, null, limit, 0).items();
    Set<Long> shown = new HashSet<>();
    nodes.forEach(n -> shown.add(n.id()));
    List<EdgeView> links = s.edges().stream()
        .filter(e -> shown.contains(e.a()) && shown.contains(e.b()))
        .map(e -> new EdgeView(Ids.entity(e.a()), Ids.entity(e.b()), e.claims(), e.events()))
        .toList();
    Json.send(ctx, new GraphView(nodes.stream().map(Views::entity).toList(), links));
  }
}
