package dossier.api;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A short passage of a report around its first match, as plain text parts, each marked as a
 * match or not: the page shows them as text, so no markup travels in a snippet.
 */
final class Snippet {
  private static final int BEFORE = 60;
  private static final int AFTER = 140;

  record Part(String text, boolean hit) {}

  private Snippet() {}

  static List<Part> of(String text, List<Span> matches) {
    if (matches.isEmpty()) {
      return List.of(new Part(cut(text, 0, Math.min(text.length(), BEFORE + AFTER)), false));
    }
    int from = Math.max(0, matches.get(0).start() - BEFORE);
    int to = Math.min(text.length(), matches.get(0).end() + AFTER);
    List<Part> out = new ArrayList<>();
    int at = from;
    for (Span m : matches) {
      if (m.start() < at || m.end() > to) {
        continue;
      }
      if (m.start() > at) {
        out.add(new Part(cut(text, at, m.start()), false));
      }
      out.add(new Part(m.of(text), true));
      at = m.end();
    }
    if (at < to) {
      out.add(new Part(cut(text, at, to), false));
    }
    if (from > 0) {
      out.add(0, new Part("…", false));
    }
    if (to < text.length()) {
      out.add(new Part("…", false));
    }
    return out;
  }

  /** The text between two offsets, moved so as not to split a surrogate pair. */
  private static String cut(String text, int from, int to) {
    if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    if (to > from && to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to--;
    }
    return text.substring(from, Math.max(from, to));
  }
}
