package dossier.model;

import java.util.List;
import java.util.Objects;

/** One stored document's text and mentions, the input of cross-document resolution. */
public record DocMentions(long doc, String text, List<Mention> mentions) {
  public DocMentions {
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
  }
}
