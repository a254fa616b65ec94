package dossier.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Labels a scrape's lines by the gold segments they hold, which is all the gold says about
 * them: a line holding (part of) a main-text segment must be kept for the segment to be found,
 * a line holding a boilerplate segment must go. A main-text segment found more than once is
 * left out, since one copy would do; a line claimed both ways, a line holding no segment and
 * the repeats of a line (the cleaner keeps only the first) stay unlabelled.
 */
final class LineLabels {
  private LineLabels() {}

  /** One label a line: true for main text, false for boilerplate, null when unknown. */
  static Boolean[] of(List<String> lines, GoldPage gold) {
    String[] normal = lines.stream().map(SegmentScore::normalise).toArray(String[]::new);
    int[] starts = new int[normal.length + 1];
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < normal.length; i++) {
      starts[i] = joined.length();
      joined.append(normal[i]).append(' ');
    }
    starts[normal.length] = joined.length();
    String text = joined.toString();
    boolean[] main = new boolean[normal.length];
    boolean[] boilerplate = new boolean[normal.length];
    for (String segment : gold.with()) {
      String s = SegmentScore.normalise(segment);
      int at = s.isEmpty() ? -1 : text.indexOf(s);
      if (at >= 0 && text.indexOf(s, at + 1) < 0) {
        mark(main, starts, at, at + s.length());
      }
    }
    for (String segment : gold.without()) {
      String s = SegmentScore.normalise(segment);
      for (int at = s.isEmpty() ? -1 : text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
        mark(boilerplate, starts, at, at + s.length());
      }
    }
    Boolean[] out = new Boolean[normal.length];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < out.length; i++) {
      out[i] = main[i] == boilerplate[i] || !seen.add(normal[i]) ? null : main[i];
    }
    return out;
  }

  /** Marks the lines that overlap the characters [from, to) of the joined text. */
  private static void mark(boolean[] marks, int[] starts, int from, int to) {
    for (int i = 0; i < marks.length; i++) {
      if (starts[i] < to && from < starts[i + 1] - 1) {
        marks[i] = true;
      }
    }
  }
}
