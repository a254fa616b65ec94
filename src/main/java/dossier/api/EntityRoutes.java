package dossier.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dossier.api.Views.ClaimView;
import dossier.api.Views.EntityView;
import dossier.api.Views.EventView;
import dossier.api.Views.MentionView;
import dossier.api.Views.PageView;
import dossier.model.EntityType;
import dossier.store.Queries;
import dossier.store.Queries.ClaimFilter;
import dossier.store.Queries.EntityRow;
import dossier.store.Queries.EventFilter;
import dossier.store.Queries.Role;
import dossier.store.StoreException;
import io.javalin.http.Context;
import java.util.List;

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

  /** An entity as its page shows it: as lists show it, then why merged and a page of each list. */
  record EntityDetail(@JsonUnwrapped EntityView entity, List<String> reasons,
      PageView<MentionView> mentionList, PageView<ClaimView> claimsBy,
      PageView<ClaimView> claimsAbout, PageView<EventView> events) {}

  /**
   * One entity; {@code limit} and {@code offset} page each of its lists alike, each read from
   * an index by entity, so a page costs the same however many facts the entity has.
   */
  static EntityDetail one(Context ctx, Snapshot s) throws StoreException {
    Queries q = s.queries();
    long id = Ids.parseEntity(ctx.pathParam("id"));
    Params p = new Params(ctx);
    int limit = p.limit();
    int offset = p.offset();
    EntityRow e = q.entity(id).orElseThrow(() -> ApiError.notFound("no entity " + Ids.entity(id)));
    return new EntityDetail(Views.entity(e), e.reasons(),
        Views.page(q.mentionsOf(id, limit, offset), limit, offset, Views::mention),
        Views.page(q.claims(claimsOf(id, Role.SOURCE), limit, offset), limit, offset,
            Views::claim),
        Views.page(q.claims(claimsOf(id, Role.MENTIONED), limit, offset), limit, offset,
            Views::claim),
        Views.page(q.events(new EventFilter(id, null, null), limit, offset), limit, offset,
            Views::event));
  }

  private static ClaimFilter claimsOf(long entity, Role role) {
    return new ClaimFilter(entity, role, null, null, null, null);
  }
}
