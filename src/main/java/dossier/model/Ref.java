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
 * @param said where the attribution itself names it ("he", "who", "the general") when that is
 *     not {@code span}, because {@code span} points at the antecedent it was resolved to; null
 *     when the two are the same
 */
public record Ref(String text, Span span, boolean anonymous, Span said) {
  public Ref {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank ref");
    }
    if (said != null && said.equals(span)) {
      said = null;
    }
  }

  /** A reference named where it stands, as most are. */
  public Ref(String text, Span span, boolean anonymous) {
    this(text, span, anonymous, null);
  }

  public static Ref named(String text, Span span) {
    return new Ref(text, span, false);
  }

  /** The same actor, named in this attribution at {@code words} ("he" for "Luis Navarro"). */
  public Ref saidAt(Span words) {
    return new Ref(text, span, anonymous, words);
  }

  /** Where the report's words for it are: {@link #said} when set, else {@link #span}. */
  public Span wordsSpan() {
    return said != null ? said : span;
  }
}
