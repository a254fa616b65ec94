package dossier.api;

import dossier.model.FactRef;
import dossier.store.Queries.EventFilter;
import dossier.store.StoreException;
import io.javalin.http.Context;

/** {@code /api/events}: the timeline of events, by entity, report or type. */
final class EventRoutes {
  private EventRoutes() {}

  static void list(Context ctx, Snapshot s) throws StoreException {
    Params p = new Params(ctx);
    String entity = p.text("entity");
    String document = p.text("document");
    EventFilter filter = new EventFilter(entity == null ? null : Ids.parseEntity(entity),
        document == null ? null : Ids.parseDoc(document), p.text("type"));
    int limit = p.limit();
    int offset = p.offset();
    Json.send(ctx, Views.page(s.queries().events(filter, limit, offset), limit, offset, Views::event));
  }

  static void one(Context ctx, Snapshot s) throws StoreException {
    FactRef ref = Ids.parseEvent(ctx.pathParam("id"));
    Json.send(ctx, Views.event(s.queries().event(ref)
        .orElseThrow(() -> ApiError.notFound("no event " + Ids.event(ref)))));
  }
}
