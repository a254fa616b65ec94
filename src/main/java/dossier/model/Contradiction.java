package dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Where sources disagree.
 *
 * @param kind {@code denial} (an assertion and a denial of it) or {@code number} (different
 *     figures for the same thing)
 * @param claims the claims involved (for {@code number}, those that carry the figures, if any)
 * @param quantities the figures involved, for {@code number}; empty otherwise
 * @param note a short human-readable account
 */
public record Contradiction(String kind, List<FactRef> claims, List<FactRef> quantities,
    String note) {
  public Contradiction {
    Objects.requireNonNull(kind, "kind");
    claims = List.copyOf(claims);
    quantities = List.copyOf(quantities);
    Objects.requireNonNull(note, "note");
  }
}
