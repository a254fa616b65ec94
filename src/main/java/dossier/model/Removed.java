package dossier.model;

import java.util.Objects;

/**
 * A block that cleaning dropped, kept so the user can see what went and why.
 *
 * @param reason {@code boilerplate}, {@code duplicate}, {@code unrelated-story}, {@code error-page},
 *     {@code caption}, {@code byline}, ...
 */
public record Removed(String reason, String text) {
  public Removed {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
  }
}
