package dossier.extract;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes with no cue of their own ("“Q1,” he said. “Q2.”"): each takes its speaker from
 * the nearest speech verb's claim in the same paragraph, before it if there is one, else after
 * it; a quote that opens a paragraph may continue the last speaker of the paragraph before.
 */
final class QuoteAttribution {
  private final List<Span> paragraphs;

  QuoteAttribution(List<Span> paragraphs) {
    this.paragraphs = paragraphs;
  }

  /** Claims for the sentence-like quotes that no claim in {@code claims} covers. */
  List<ClaimDraft> orphans(List<QuoteSpans.Quote> quotes, List<ClaimDraft> claims,
      ClaimContent content, ClaimScope scope) {
    List<ClaimDraft> out = new ArrayList<>();
    for (QuoteSpans.Quote q : quotes) {
      if (isCovered(q, claims) || !isStatement(q, scope)) {
        continue;
      }
      ClaimDraft speaker = speakerFor(q, claims);
      if (speaker != null) {
        out.add(borrow(speaker, content.trim(q.inner()), scope));
      }
    }
    return out;
  }

  private static boolean isCovered(QuoteSpans.Quote q, List<ClaimDraft> claims) {
    for (ClaimDraft d : claims) {
      if (d.content.overlaps(q.inner())) {
        return true;
      }
    }
    return false;
  }

  /** A whole sentence in quotation marks, or a quoted stretch long enough to say something. */
  private static boolean isStatement(QuoteSpans.Quote q, ClaimScope scope) {
    List<ClaimScope.Word> words = scope.words(q.inner());
    if (words.stream().noneMatch(w -> w.pos().startsWith("VB") || w.pos().equals("MD"))) {
      return false;
    }
    boolean opensSentence = !words.isEmpty() && words.get(0).index() <= 2;
    return opensSentence && words.size() >= 3 || words.size() >= 6;
  }

  private ClaimDraft speakerFor(QuoteSpans.Quote q, List<ClaimDraft> claims) {
    int p = ClaimParagraphs.indexOf(paragraphs, q.outer().start());
    ClaimDraft before = null;
    ClaimDraft after = null;
    for (ClaimDraft d : claims) {
      if (d.source == null || !d.speech) {
        continue;
      }
      int dp = ClaimParagraphs.indexOf(paragraphs, d.cueSpan.start());
      if (dp == p && d.cueSpan.end() <= q.outer().start()
          && (before == null || d.cueSpan.start() > before.cueSpan.start())) {
        before = d;
      } else if (dp == p && d.cueSpan.start() >= q.outer().end()
          && (after == null || d.cueSpan.start() < after.cueSpan.start())) {
        after = d;
      }
    }
    if (before != null || after != null) {
      return before != null ? before : after;
    }
    return opensParagraph(q, p) ? lastSpeakerOf(p - 1, claims) : null;
  }

  private boolean opensParagraph(QuoteSpans.Quote q, int p) {
    return p > 0 && paragraphs.get(p).start() == q.outer().start();
  }

  private ClaimDraft lastSpeakerOf(int p, List<ClaimDraft> claims) {
    ClaimDraft last = null;
    for (ClaimDraft d : claims) {
      if (d.source != null && d.speech && d.quoted
          && ClaimParagraphs.indexOf(paragraphs, d.cueSpan.start()) == p) {
        last = d;
      }
    }
    return last;
  }

  private static ClaimDraft borrow(ClaimDraft from, Span quote, ClaimScope scope) {
    int sentence = scope.words(quote).isEmpty() ? from.sentence
        : scope.words(quote).get(0).tree().sentence().index();
    ClaimDraft d = new ClaimDraft(sentence);
    d.borrowedFrom = from;
    d.cue = from.cue;
    d.cueSpan = from.cueSpan;
    d.subjectSpan = from.subjectSpan;
    d.source = from.source;
    d.via.addAll(from.via);
    d.content = quote;
    d.quoted = true;
    return d;
  }
}
