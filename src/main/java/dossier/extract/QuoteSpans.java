package dossier.extract;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes in a text: curly, straight or angled quotation marks, or the doubled apostrophes
 * and backquotes of some wire copy (''...'', ``...''), paired within a paragraph. A quote left
 * open at the end of a paragraph that it began runs to that paragraph's end, the convention for
 * a quotation carried over several paragraphs.
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
    int openLength = 0;
    int i = p.start();
    while (i < p.end()) {
      int mark = markLength(text, i, p.end());
      if (mark == 0) {
        i++;
        continue;
      }
      char c = text.charAt(i);
      boolean symmetric = c == '"' || c == '\'';
      if (open >= 0 && (symmetric || c == '”' || c == '»')) {
        add(text, open + openLength, i, new Span(open, i + mark), out);
        open = -1;
      } else if (symmetric || c == '“' || c == '«' || c == '`') {
        open = i; // an opening mark while a quote is open starts afresh: the first was stray
        openLength = mark;
      }
      i += mark;
    }
    if (open >= 0 && text.substring(p.start(), open).isBlank()) {
      add(text, open + openLength, p.end(), new Span(open, p.end()), out);
    }
  }

  /** The length of the quotation mark at {@code i}, or 0 when there is none. */
  private static int markLength(String text, int i, int end) {
    char c = text.charAt(i);
    if (c == '“' || c == '”' || c == '«' || c == '»' || c == '"') {
      return 1;
    }
    boolean doubled = i + 1 < end && text.charAt(i + 1) == c;
    return doubled && (c == '\'' || c == '`') ? 2 : 0;
  }

  private static void add(String text, int from, int to, Span outer, List<Quote> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Quote(outer, new Span(from, to)));
    }
  }
}
