package dossier.extract;

import dossier.model.Dependency;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles what a claim's content covers: the paragraph after a cue that ends in a colon, the
 * whole of a direct quote that the parse saw only part of (a quote can run over sentences), and
 * no stray quotation marks, punctuation or dateline ("MOSCOW (Reuters) -") at its edges.
 */
final class ClaimContent {
  private static final Pattern DATELINE =
      Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{Lu} .,'/-]{2,40}\\s*(\\([^)]{1,40}\\))?\\s*[-–—]+\\s+");
  private static final String MARKS = "\"“”«»‘’'";

  private final String text;
  private final List<QuoteSpans.Quote> quotes;
  private final List<Span> paragraphs;
  private final List<Span> sentences;

  ClaimContent(String text, List<QuoteSpans.Quote> quotes, List<Span> paragraphs,
      List<Span> sentences) {
    this.text = text;
    this.quotes = quotes;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
  }

  /** Settles the content of {@code d}, said in {@code s}; false when nothing is left of it. */
  boolean settle(ClaimDraft d, Sentence s) {
    if (d.block) {
      d.content = nextParagraph(s);
      d.quoted = d.content != null;
    }
    if (d.quoteBefore) {
      d.content = quoteEndingAt(s);
      d.quoted = d.content != null;
    }
    if (d.content == null) {
      return false;
    }
    Span c = fromSentenceStart(widenToQuotes(d.content, d.cueSpan), s);
    c = withComplementizer(trim(withoutDateline(c)), s);
    if (c.length() == 0 || c.of(text).chars().noneMatch(Character::isLetter)) {
      return false;
    }
    d.content = c;
    d.quoted |= isWholeQuote(c);
    return true;
  }

  private Span nextParagraph(Sentence s) {
    int p = ClaimParagraphs.indexOf(paragraphs, s.span().start());
    if (p < 0 || p + 1 >= paragraphs.size() || s.span().end() < paragraphs.get(p).end()) {
      return null;
    }
    return paragraphs.get(p + 1);
  }

  /** The quote closing just before the sentence (or at its first tokens), in its paragraph. */
  private Span quoteEndingAt(Sentence s) {
    int start = s.span().start();
    int p = ClaimParagraphs.indexOf(paragraphs, start);
    for (QuoteSpans.Quote q : quotes) {
      int end = q.outer().end();
      boolean adjoins = end <= start ? text.substring(end, start).isBlank()
          : end < s.span().end() && noLetters(text.substring(start, end));
      if (adjoins && ClaimParagraphs.indexOf(paragraphs, q.outer().start()) == p) {
        return q.inner();
      }
    }
    return null;
  }

  private static boolean noLetters(String s) {
    return s.chars().noneMatch(Character::isLetter);
  }

  /** Takes in the rest of any quote the content starts or ends inside, unless it holds the cue. */
  private Span widenToQuotes(Span c, Span cue) {
    for (QuoteSpans.Quote q : quotes) {
      Span in = q.inner();
      if (in.overlaps(c) && !c.contains(in) && !in.overlaps(cue)) {
        c = c.union(in);
      }
    }
    return c;
  }

  /**
   * A quote that reaches back into an earlier sentence and opens inside it takes that sentence
   * whole: "Maduro is relying “on gangs. The ELN ...,” Bloomberg noted."
   */
  private Span fromSentenceStart(Span c, Sentence cueSentence) {
    if (c.start() >= cueSentence.span().start()) {
      return c;
    }
    for (Span sentence : sentences) {
      if (sentence.start() < c.start() && c.start() < sentence.end()) {
        return new Span(sentence.start(), c.end());
      }
    }
    return c;
  }

  /** "said that S": the "that" opening the reported clause is part of it, as annotators mark it. */
  private Span withComplementizer(Span c, Sentence s) {
    for (Token t : s.tokens()) {
      int end = t.span().end();
      if (end <= c.start() && text.substring(end, c.start()).isBlank()
          && t.word().equalsIgnoreCase("that") && isMark(s, t)) {
        return new Span(t.span().start(), c.end());
      }
    }
    return c;
  }

  private static boolean isMark(Sentence s, Token t) {
    Dependency edge = s.parentEdge(t.index());
    return edge != null && edge.relation().equals("mark");
  }

  private boolean isWholeQuote(Span c) {
    for (QuoteSpans.Quote q : quotes) {
      if (q.inner().contains(c) && q.inner().length() - c.length() <= 2) {
        return true;
      }
    }
    return false;
  }

  private Span withoutDateline(Span c) {
    Matcher m = DATELINE.matcher(c.of(text));
    return m.find() ? new Span(c.start() + m.end(), c.end()) : c;
  }

  /** Drops blanks, quotation marks and clause punctuation at both ends. */
  Span trim(Span c) {
    int from = c.start();
    int to = c.end();
    while (from < to && isEdgeJunk(text.charAt(from), true)) {
      from++;
    }
    while (to > from && (isEdgeJunk(text.charAt(to - 1), false) || isFinalStop(from, to))) {
      to--;
    }
    return new Span(from, to);
  }

  private static boolean isEdgeJunk(char ch, boolean leading) {
    return Character.isWhitespace(ch) || MARKS.indexOf(ch) >= 0 || ",;:".indexOf(ch) >= 0
        || leading && "-–—.".indexOf(ch) >= 0;
  }

  /** A sentence's full stop, not the dot of "U.S.". */
  private boolean isFinalStop(int from, int to) {
    if (text.charAt(to - 1) != '.') {
      return false;
    }
    return to - from < 3 || text.charAt(to - 3) != '.';
  }
}
