package dossier.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.EntityType;
import dossier.store.Queries;
import dossier.store.Queries.ClaimFilter;
import dossier.store.Queries.EntityRow;
import dossier.store.Queries.EventFilter;
import dossier.store.Queries.Role;
import dossier.store.StoreException;
import io.javalin.http.Context;

/**
 * {@code /api/entities}: the resolved actors, and one with its aliases, why its mentions were
 * merged, where it is mentioned, the claims it makes, the claims about it and its events.
 */
final class EntityRoutes {
  private EntityRoutes() {}

  static void list(Context ctx, Snapshot s) throws StoreException {
    Params p = new Params(ctx);
    EntityType type = p.choice("type", EntityType.class);
    String name = p.text("q");
    int limit = p.limit();
    int offset = p.offset();
    Json.send(ctx, Views.page(s.queries().entities(type, name, limit, offset), limit, offset, Views::entity));
  }

  /** One entity; {@code limit} and {@code offset} page each of its lists alike. */
  static ObjectNode one(Context ctx, Snapshot s) throws StoreException {
    Queries q = s.queries();
    long id = Ids.parseEntity(ctx.pathParam("id"));
    Params p = new Params(ctx);
    int limit = p.limit();
    int offset = p.offset();
    EntityRow e = q.entity(id).orElseThrow(() -> ApiError.notFound("no entity " + Ids.entity(id)));
    ObjectNode out = Json.object(Views.entity(e));
    out.putPOJO("reasons", e.reasons());
    out.putPOJO("mentionList", Views.page(q.mentionsOf(id, limit, offset), limit, offset,
        Views::mention));
    out.putPOJO("claimsBy", Views.page(q.claims(claimsOf(id, Role.SOURCE), limit, offset), limit,
        offset, Views::claim));
    out.putPOJO("claimsAbout", Views.page(q.claims(claimsOf(id, Role.MENTIONED), limit, offset),
        limit, offset, Views::claim));
    out.putPOJO("events", Views.page(q.events(new EventFilter(id, null, null), limit, offset),
        limit, offset, Views::event));
    return out;
  }

  private static ClaimFilter claimsOf(long entity, Role role) {
    return new ClaimFilter(entity, role, null, null, null, null);
  }
}
