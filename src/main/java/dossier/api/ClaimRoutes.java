package dossier.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.Cluster;
import dossier.model.Contradiction;
import dossier.model.FactRef;
import dossier.model.Stance;
import dossier.store.Queries.ClaimFilter;
import dossier.store.Queries.ClaimRow;
import dossier.store.Queries.Role;
import dossier.store.StoreException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/claims}: claims filtered by entity (and its role), stance, report and the report's
 * publication date; one claim with the cluster that repeats it and the contradictions it is in
 * (both null until claims are linked).
 */
final class ClaimRoutes {
  record ClusterView(String id, int origins, List<String> claims) {}

  record ContradictionRef(String id, String kind, String note) {}

  private final Linking linking;

  ClaimRoutes(Linking linking) {
    this.linking = linking;
  }

  static void list(Context ctx, Snapshot s) throws StoreException {
    Params p = new Params(ctx);
    String entity = p.text("entity");
    Role role = p.choice("role", Role.class);
    String document = p.text("document");
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiError.badRequest("from is after to");
    }
    ClaimFilter filter = new ClaimFilter(entity == null ? null : Ids.parseEntity(entity),
        role == null ? Role.ANY : role, p.choice("stance", Stance.class),
        document == null ? null : Ids.parseDoc(document), from, to);
    int limit = p.limit();
    int offset = p.offset();
    Json.send(ctx, Views.page(s.queries().claims(filter, limit, offset), limit, offset, Views::claim));
  }

  void one(Context ctx, Snapshot s) throws StoreException {
    FactRef ref = Ids.parseClaim(ctx.pathParam("id"));
    ClaimRow row = s.queries().claim(ref).orElseThrow(() -> ApiError.notFound("no claim " + Ids.claim(ref)));
    ObjectNode out = Json.object(Views.claim(row));
    if (linking.ready()) {
      links(out, ref, linking.get());
    } else {
      // Not known yet, which is not the same as none.
      out.putNull("cluster");
      out.putNull("contradictions");
    }
    Json.send(ctx, out);
  }

  private static void links(ObjectNode out, FactRef ref, Linked linked) {
    int cluster = linked.clusterOf(ref);
    if (cluster < 0) {
      out.putNull("cluster");
    } else {
      Cluster k = linked.cluster(cluster);
      out.putPOJO("cluster", new ClusterView(Linked.clusterId(cluster), k.origins(),
          k.claims().stream().map(Ids::claim).toList()));
    }
    List<ContradictionRef> contradictions = linked.contradictionsOf(ref).stream().map(i -> {
      Contradiction x = linked.contradictions().get(i);
      return new ContradictionRef(Linked.contradictionId(i), x.kind(), x.note());
    }).toList();
    out.putPOJO("contradictions", contradictions);
  }
}
