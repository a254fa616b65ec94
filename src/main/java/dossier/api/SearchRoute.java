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

  static SearchView search(Context ctx, Snapshot s) throws StoreException {
    Queries q = s.queries();
    Params p = new Params(ctx);
    String typed = p.text("q");
    String fts = SearchTerms.fts(typed);
    int limit = p.limit();
    int offset = p.offset();
    Queries.Page<SearchHit> page = q.search(fts, limit, offset);
    Map<Long, List<Span>> matches = new HashMap<>();
    for (SearchHit hit : page.items()) {
      List<Span> all = hit.matches();
      matches.put(hit.doc().id(), all.subList(0, Math.min(MAX_MATCHES, all.size())));
    }
    Map<Long, List<Views.ClaimView>> claims = new HashMap<>();
    for (ClaimRow row : q.claimsHolding(matches)) {
      claims.computeIfAbsent(row.ref().doc(), k -> new ArrayList<>()).add(Views.claim(row));
    }
    List<HitView> items = new ArrayList<>();
    for (SearchHit hit : page.items()) {
      List<Span> found = matches.get(hit.doc().id());
      items.add(new HitView(Views.document(hit.doc()), Snippet.of(hit.text(), found),
          found.stream().map(Views::span).toList(),
          claims.getOrDefault(hit.doc().id(), List.of())));
    }
    return new SearchView(typed, page.total(), limit, offset, items);
  }
}
