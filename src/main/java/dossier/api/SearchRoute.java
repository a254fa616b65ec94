package dossier.api;

import dossier.model.Span;
import dossier.store.Queries;
import dossier.store.Queries.ClaimRow;
import dossier.store.Queries.SearchHit;
import dossier.store.StoreException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/search?q=}: reports whose title or text hold every word, best first, each with a
 * snippet, where the words are, and the claims whose evidence holds them.
 */
final class SearchRoute {
  private static final int MAX_MATCHES = 100;

  record HitView(Views.DocumentView document, List<Snippet.Part> snippet,
      List<Views.SpanView> matches, List<Views.ClaimView> claims) {}

  record SearchView(String query, long total, int limit, int offset, List<HitView> items) {}

  private SearchRoute() {}

  static void search(Context ctx, Snapshot s) throws StoreException {
    Queries q = s.queries();
    Params p = new Params(ctx);
    String typed = p.text("q");
    String fts = SearchTerms.fts(typed);
    int limit = p.limit();
    int offset = p.offset();
    Queries.Page<SearchHit> page = q.search(fts, limit, offset);
    Map<Long, List<ClaimRow>> claims = new HashMap<>();
    for (ClaimRow row : q.claimsIn(page.items().stream().map(h -> h.doc().id()).toList())) {
      claims.computeIfAbsent(row.ref().doc(), k -> new ArrayList<>()).add(row);
    }
    List<HitView> items = new ArrayList<>();
    for (SearchHit hit : page.items()) {
      List<Span> matches = hit.matches().subList(0, Math.min(MAX_MATCHES, hit.matches().size()));
      items.add(new HitView(Views.document(hit.doc()), Snippet.of(hit.text(), matches),
          matches.stream().map(Views::span).toList(),
          holding(claims.getOrDefault(hit.doc().id(), List.of()), matches)));
    }
    Json.send(ctx, new SearchView(typed, page.total(), limit, offset, items));
  }

  /** The claims whose evidence holds a match. */
  private static List<Views.ClaimView> holding(List<ClaimRow> claims, List<Span> matches) {
    return claims.stream()
        .filter(row -> matches.stream().anyMatch(m -> row.claim().span().contains(m)))
        .map(Views::claim).toList();
  }
}
