package dossier.model;

import java.util.Objects;

/**
 * A reference to an actor by the words of a report: the source of a claim, an intermediary,
 * the actor or target of an event.
 *
 * @param text the words naming it ("Gen. Luis Navarro", "two people close to them")
 * @param span where those words are in the clean text, or null when they are not (an outlet
 *     known only from metadata); when a pronoun was resolved, the span of its antecedent
 * @param anonymous true for unnamed sources ("a third source", "officials")
 */
public record Ref(String text, Span span, boolean anonymous) {
  public Ref {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank ref");
    }
  }

  public static Ref named(String text, Span span) {
    return new Ref(text, span, false);
  }
}
