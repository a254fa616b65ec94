package dossier.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A speech verb whose colon opens a quote ("Torres said on Monday: “…”") speaks that quote,
 * however the parser hung the quote's words: a quote whose own parse goes wrong must not lose
 * its speaker.
 */
final class QuotesAfterColons {
  /** Words a reporting clause may put between its verb and the colon ("on Monday"). */
  private static final int MAX_GAP_WORDS = 6;

  private QuotesAfterColons() {}

  /** Claims for the colon-led quotes of sentence {@code t} that no claim in {@code found} has. */
  static List<ClaimDraft> find(ClaimTree t, int sentence, List<ClaimDraft> found,
      List<QuoteSpans.Quote> quotes, String text) {
    List<ClaimDraft> out = new ArrayList<>();
    for (int v = 1; v <= t.size(); v++) {
      if (!t.isVerb(v) || !ClaimLexicon.SPEECH_VERBS.contains(t.lemma(v)) || cued(found, v)) {
        continue;
      }
      QuoteSpans.Quote q = quoteOpenedByColon(t, v, quotes, text);
      int subject = q == null ? -1 : SpeechSubjects.subject(t, v);
      if (subject > 0) {
        ClaimDraft d = new ClaimDraft(sentence);
        d.cueToken = v;
        d.speech = true;
        d.cueSpan = t.token(v).span();
        d.subjectHead = subject;
        d.content = q.inner();
        out.add(d);
      }
    }
    return out;
  }

  private static boolean cued(List<ClaimDraft> found, int v) {
    return found.stream().anyMatch(d -> d.cueToken == v && d.content != null);
  }

  /** The quote after the verb when only a short phrase and a colon stand between them. */
  private static QuoteSpans.Quote quoteOpenedByColon(ClaimTree t, int v,
      List<QuoteSpans.Quote> quotes, String text) {
    int verbEnd = t.token(v).span().end();
    for (QuoteSpans.Quote q : quotes) {
      if (q.outer().start() >= verbEnd) {
        String gap = text.substring(verbEnd, q.outer().start()).strip();
        boolean shortGap = gap.split("\\s+").length <= MAX_GAP_WORDS;
        return gap.endsWith(":") && shortGap && !gap.contains("\n") ? q : null;
      }
    }
    return null;
  }
}
