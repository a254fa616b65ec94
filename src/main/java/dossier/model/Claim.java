package dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Who says what in one report.
 *
 * @param span the evidence: the whole attribution (source, cue and content)
 * @param source who says it, or null when the report does not say
 * @param cue the word(s) that mark the attribution ("said", "told", "according to", "denied")
 * @param cueSpan where the cue is, or null
 * @param via intermediaries from the outermost inwards (outlet ← Bloomberg ← the speaker)
 * @param content what is claimed, as written
 * @param contentSpan where the content is
 * @param quoted true for a direct quote
 * @param stance asserts or denies
 * @param hedged true when marked uncertain (reportedly, allegedly, may)
 */
public record Claim(Span span, Ref source, String cue, Span cueSpan, List<Ref> via, String content,
    Span contentSpan, boolean quoted, Stance stance, boolean hedged) {

  public Claim {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(cue, "cue");
    via = List.copyOf(via);
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contentSpan, "contentSpan");
    Objects.requireNonNull(stance, "stance");
    if (content.length() != contentSpan.length()) {
      throw new IllegalArgumentException("claim content does not fit its span");
    }
  }
}
