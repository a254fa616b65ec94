package dossier.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern over lower-cased text, tried only on text that holds one of its literal cues: every
 * match holds one, and most text holds none, so that little text pays for a regex. The cues of
 * a pattern anchored at the start are openings, which the text must start with.
 */
final class Cue {
  private final Pattern pattern;
  private final boolean opening;
  /** An array, not a list: asked of every block, the loop is hot. */
  private final String[] cues;

  private Cue(Pattern pattern, boolean opening, String[] cues) {
    this.pattern = pattern;
    this.opening = opening;
    this.cues = cues;
  }

  /** A pattern that may match anywhere, where the text contains one of the cues. */
  static Cue anywhere(String regex, String... cues) {
    return new Cue(Pattern.compile(regex), false, cues.clone());
  }

  /** A pattern anchored at the start, where the text starts with one of the openings. */
  static Cue opening(String regex, String... openings) {
    return new Cue(Pattern.compile(regex), true, openings.clone());
  }

  /** Whether the pattern is found in the lower-cased text. */
  boolean in(String lower) {
    return cued(lower) && pattern.matcher(lower).find();
  }

  /** The pattern's match at the start of the lower-cased text, or null. */
  Matcher atStart(String lower) {
    if (!cued(lower)) {
      return null;
    }
    var m = pattern.matcher(lower);
    return m.lookingAt() ? m : null;
  }

  private boolean cued(String lower) {
    for (String cue : cues) {
      if (opening ? lower.startsWith(cue) : lower.contains(cue)) {
        return true;
      }
    }
    return false;
  }
}
