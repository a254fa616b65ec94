package dossier.extract;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes in a text: curly, straight or angled quotation marks paired within a paragraph.
 * A quote left open at the end of a paragraph that it began runs to that paragraph's end, the
 * convention for a quotation carried over several paragraphs.
 */
final class QuoteSpans {
  /** One quote: {@code outer} with its marks, {@code inner} the words between them. */
  record Quote(Span outer, Span inner) {}

  private QuoteSpans() {}

  static List<Quote> find(String text) {
    List<Quote> out = new ArrayList<>();
    for (Span p : ClaimParagraphs.of(text)) {
      inParagraph(text, p, out);
    }
    return out;
  }

  private static void inParagraph(String text, Span p, List<Quote> out) {
    int open = -1;
    for (int i = p.start(); i < p.end(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«' || c == '"' && open < 0) {
        open = i;
      } else if ((c == '”' || c == '»' || c == '"') && open >= 0) {
        add(text, open, i + 1, out);
        open = -1;
      }
    }
    if (open >= 0 && text.substring(p.start(), open).isBlank()) {
      add(text, open, p.end(), out);
    }
  }

  private static void add(String text, int start, int end, List<Quote> out) {
    int from = start + 1;
    int to = isMark(text.charAt(end - 1)) ? end - 1 : end;
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Quote(new Span(start, end), new Span(from, to)));
    }
  }

  private static boolean isMark(char c) {
    return c == '”' || c == '»' || c == '"';
  }
}
