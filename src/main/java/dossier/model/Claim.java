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
 * @param time when the report says it was said ("said on Monday"), as an ISO 8601 prefix
 *     resolved against the publication date, or null
 */
public record Claim(Span span, Ref source, String cue, Span cueSpan, List<Ref> via, String content,
    Span contentSpan, boolean quoted, Stance stance, boolean hedged, String time) {

  /** A claim whose report does not say when it was made. */
  public Claim(Span span, Ref source, String cue, Span cueSpan, List<Ref> via, String content,
      Span contentSpan, boolean quoted, Stance stance, boolean hedged) {
    this(span, source, cue, cueSpan, via, content, contentSpan, quoted, stance, hedged, null);
  }

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
    if (time != null && time.isBlank()) {
      throw new IllegalArgumentException("blank claim time");
    }
  }

  /** This claim, said at {@code time}. */
  public Claim withTime(String time) {
    return new Claim(span, source, cue, cueSpan, via, content, contentSpan, quoted, stance, hedged,
        time);
  }
}
