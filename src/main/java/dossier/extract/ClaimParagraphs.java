package dossier.extract;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paragraphs of a clean text: runs of text between blank lines, as the annotator splits them. */
final class ClaimParagraphs {
  private static final Pattern BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

  private ClaimParagraphs() {}

  static List<Span> of(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = BREAK.matcher(text);
    int start = 0;
    while (m.find()) {
      addTrimmed(text, start, m.start(), out);
      start = m.end();
    }
    addTrimmed(text, start, text.length(), out);
    return out;
  }

  /** The index in {@code paragraphs} of the paragraph holding {@code offset}, or -1. */
  static int indexOf(List<Span> paragraphs, int offset) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).start() <= offset && offset < paragraphs.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
