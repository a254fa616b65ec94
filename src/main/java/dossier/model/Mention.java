package dossier.model;

import java.util.Objects;

/** A named actor in a document's clean text. */
public record Mention(Span span, String text, EntityType type) {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("mention text does not fit its span: " + text);
    }
  }
}
