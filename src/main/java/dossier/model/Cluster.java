package dossier.model;

import java.util.List;

/**
 * Claims that state the same thing, or report the same event (who did what to whom), in several
 * places.
 *
 * @param claims the claims, in store order
 * @param origins how many independent origins carry it: copies of one wire story, or reports
 *     that name the same outlet as their source, count once
 */
public record Cluster(List<FactRef> claims, int origins) {
  public Cluster {
    claims = List.copyOf(claims);
    if (claims.size() < 2 || origins < 1) {
      throw new IllegalArgumentException("a cluster joins at least two claims from an origin");
    }
  }
}
