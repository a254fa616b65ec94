package dossier.api;

import dossier.model.Contradiction;
import dossier.model.FactRef;
import dossier.store.Queries;
import dossier.store.StoreException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/contradictions}: where sources disagree, with the claims and figures involved; a
 * 503 until claims are linked.
 */
final class ContradictionRoutes {
  record ContradictionView(String id, String kind, String note, List<Views.ClaimView> claims,
      List<Views.QuantityView> quantities) {}

  private final Linking linking;

  ContradictionRoutes(Linking linking) {
    this.linking = linking;
  }

  void list(Context ctx, Snapshot s) throws StoreException {
    Params p = new Params(ctx);
    String kind = p.text("kind");
    int limit = p.limit();
    int offset = p.offset();
    List<Integer> matching = new ArrayList<>();
    List<Contradiction> all = linking.get().contradictions();
    for (int i = 0; i < all.size(); i++) {
      if (kind == null || all.get(i).kind().equals(kind)) {
        matching.add(i);
      }
    }
    List<ContradictionView> items = new ArrayList<>();
    for (int i : matching.subList(Math.min(offset, matching.size()),
        Math.min(offset + limit, matching.size()))) {
      items.add(view(s.queries(), i, all.get(i)));
    }
    Json.send(ctx, new Views.PageView<>(matching.size(), limit, offset, items));
  }

  private static ContradictionView view(Queries q, int index, Contradiction x) throws StoreException {
    List<Views.ClaimView> claims = new ArrayList<>();
    for (FactRef ref : x.claims()) {
      q.claim(ref).map(Views::claim).ifPresent(claims::add);
    }
    List<Views.QuantityView> quantities = new ArrayList<>();
    for (FactRef ref : x.quantities()) {
      q.quantity(ref).map(v -> Views.quantity(ref, v)).ifPresent(quantities::add);
    }
    return new ContradictionView(Linked.contradictionId(index), x.kind(), x.note(), claims,
        quantities);
  }
}
