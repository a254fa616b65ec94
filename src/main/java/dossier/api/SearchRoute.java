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
    Params p = new Params(ctx);
    return search(s.queries(), p.text("q"), p.limit(), p.offset());
  }

  /** The answer to {@code typed}, the words as typed. */
  static SearchView search(Queries q, String typed, int limit, int offset)
      throws StoreException {
    Queries.Page<SearchHit> page = q.search(SearchTerms.fts(typed), limit, offset);
    List<SearchHit> hits = page.items().stream().map(SearchRoute::firstMatches).toList();
    Map<Long, List<Views.ClaimView>> claims = new HashMap<>();
    for (ClaimRow row : q.claimsHolding(hits)) {
      claims.computeIfAbsent(row.ref().doc(), k -> new ArrayList<>()).add(Views.claim(row));
    }
    List<HitView> items = new ArrayList<>();
    for (SearchHit hit : hits) {
      items.add(new HitView(Views.document(hit.doc()), Snippet.of(hit.text(), hit.matches()),
          hit.matches().stream().map(Views::span).toList(),
          claims.getOrDefault(hit.doc().id(), List.of())));
    }
    return new SearchView(typed, page.total(), limit, offset, items);
  }

  /** The hit with only its first {@link #MAX_MATCHES} matches, which are all that is shown. */
  private static SearchHit firstMatches(SearchHit hit) {
    List<Span> all = hit.matches();
    return all.size() <= MAX_MATCHES ? hit
        : new SearchHit(hit.doc(), hit.text(), all.subList(0, MAX_MATCHES));
  }
}
