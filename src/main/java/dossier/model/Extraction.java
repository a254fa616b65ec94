package dossier.model;

import java.util.List;
import java.util.Objects;

/** Everything extracted from one report: the per-document result of the pipeline. */
public record Extraction(Article article, List<Mention> mentions, List<Claim> claims,
    List<Event> events, List<Quantity> quantities, int tokens) {

  public Extraction {
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
    quantities = List.copyOf(quantities);
  }
}
