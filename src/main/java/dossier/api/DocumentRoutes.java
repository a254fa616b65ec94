package dossier.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.Article;
import dossier.model.Extraction;
import dossier.model.FactRef;
import dossier.store.Queries;
import dossier.store.Queries.EventFilter;
import dossier.store.StoreException;
import dossier.store.StoredDocument;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/documents}: the reports, and one report whole with its facts. */
final class DocumentRoutes {
  record CopyView(String doc, double similarity) {}

  /** Facts of one report are listed whole; no report holds this many. */
  private static final int ALL = 100_000;

  private DocumentRoutes() {}

  static void list(Context ctx, Snapshot s) throws StoreException {
    Params p = new Params(ctx);
    int limit = p.limit();
    int offset = p.offset();
    Json.send(ctx, Views.page(s.queries().documents(limit, offset), limit, offset, Views::document));
  }

  static void one(Context ctx, Snapshot s) throws StoreException {
    Queries q = s.queries();
    long id = Ids.parseDoc(ctx.pathParam("id"));
    StoredDocument stored = q.document(id)
        .orElseThrow(() -> ApiError.notFound("no document " + Ids.doc(id)));
    Extraction x = stored.extraction();
    Article a = x.article();
    ObjectNode out = Json.object();
    out.put("id", Ids.doc(id));
    out.put("origin", a.origin());
    out.put("title", a.title());
    out.put("outlet", a.outlet());
    out.put("author", a.author());
    out.put("published", a.published() == null ? null : a.published().toString());
    out.put("publishedSource", a.publishedSource() == null ? null : a.publishedSource().jsonName());
    out.put("language", a.language());
    out.put("text", a.text());
    out.putPOJO("removed", a.removed());
    out.putPOJO("copyOf", q.copiesOf(id).stream()
        .map(c -> new CopyView(Ids.doc(c.of()), c.similarity())).toList());
    out.putPOJO("mentions", q.mentionsIn(id).stream().map(Views::mention).toList());
    out.putPOJO("claims", q.claimsIn(List.of(id)).stream().map(Views::claim).toList());
    out.putPOJO("events", q.events(new EventFilter(null, id, null), ALL, 0).items().stream()
        .map(Views::event).toList());
    List<Views.QuantityView> quantities = new ArrayList<>();
    for (int i = 0; i < x.quantities().size(); i++) {
      quantities.add(Views.quantity(new FactRef(id, i), x.quantities().get(i)));
    }
    out.putPOJO("quantities", quantities);
    Json.send(ctx, out);
  }
}
