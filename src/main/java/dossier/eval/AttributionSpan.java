package dossier.eval;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The characters of one attribution role: one span, or several pieces when the annotation is
 * discontinuous ("“We will,” he said, “win.”"). Pieces are kept sorted and merged, so two spans
 * cover the same characters exactly when they are equal.
 */
record AttributionSpan(List<Span> pieces) {
  AttributionSpan {
    pieces = merged(pieces);
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("an attribution span needs at least one piece");
    }
  }

  static AttributionSpan of(Span... pieces) {
    return new AttributionSpan(List.of(pieces));
  }

  /** The span's characters, or null when it is null or empty: a role that is not there. */
  static AttributionSpan orNull(Span span) {
    return span == null || span.length() == 0 ? null : of(span);
  }

  /** How many characters the two have in common. */
  int overlap(AttributionSpan other) {
    int shared = 0;
    for (Span a : pieces) {
      for (Span b : other.pieces) {
        shared += Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
      }
    }
    return shared;
  }

  int start() {
    return pieces.get(0).start();
  }

  private static List<Span> merged(List<Span> pieces) {
    List<Span> sorted = new ArrayList<>(pieces);
    sorted.removeIf(p -> p.length() == 0);
    sorted.sort(Comparator.naturalOrder());
    List<Span> out = new ArrayList<>();
    for (Span p : sorted) {
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).end() >= p.start()) {
        out.set(last, out.get(last).union(p));
      } else {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }
}
