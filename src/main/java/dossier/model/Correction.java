package dossier.model;

import java.util.Objects;

/**
 * A user's correction to entity resolution, kept in the store and applied at every resolution.
 *
 * @param action {@code MERGE}: the two names are one actor; {@code SPLIT}: they are two
 * @param a one name as written (compared without accents, case or titles)
 * @param b the other name
 */
public record Correction(Action action, String a, String b) {
  /** What the user said about the two names. */
  public enum Action { MERGE, SPLIT }

  public Correction {
    Objects.requireNonNull(action, "action");
    if (a == null || a.isBlank() || b == null || b.isBlank()) {
      throw new IllegalArgumentException("an override names two actors");
    }
  }
}
