package dossier.model;

import java.util.Map;
import java.util.Objects;

/**
 * One input document as read from its source, before cleaning.
 *
 * @param origin where it came from: a path or URL, as given
 * @param format whether {@code content} is HTML markup or plain text
 * @param content the decoded characters
 * @param metadata what the container said about it (Tika keys such as {@code dc:title},
 *     {@code dc:creator}, {@code dcterms:created}); empty when nothing
 * @param contentHash hex SHA-256 of the raw bytes, for exact-duplicate detection
 */
public record RawDoc(String origin, Format format, String content, Map<String, String> metadata,
    String contentHash) {

  /** What the content is. */
  public enum Format { HTML, TEXT }

  public RawDoc {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    metadata = Map.copyOf(metadata);
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
