package dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The clean story of one report with what is known about it.
 *
 * @param origin path or URL as given
 * @param contentHash hex SHA-256 of the raw input, the document's identity across rebuilds
 * @param title headline, or empty when none was found
 * @param outlet the publisher, or null
 * @param author byline, or null
 * @param published publication date, or null
 * @param publishedSource where {@code published} came from; null exactly when it is null
 * @param language ISO 639-1 code such as {@code en}, or {@code und} when unknown
 * @param text the clean body that every span points into
 * @param removed the blocks that cleaning dropped, in document order
 */
public record Article(String origin, String contentHash, String title, String outlet, String author,
    LocalDate published, DateSource publishedSource, String language, String text,
    List<Removed> removed) {

  public Article {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    if ((published == null) != (publishedSource == null)) {
      throw new IllegalArgumentException("published and publishedSource must both be set or both null");
    }
  }
}
