package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.Claim;
import dossier.model.Sentence;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * When each claim was made, where its report says so: a date in the clause of its speech verb
 * ("Peskov said on Monday"), as SUTime resolved it against the publication date. A date inside
 * the content tells when the claimed thing happened, not when it was said, and is left out.
 */
final class ClaimTimes {
  private ClaimTimes() {}

  static List<Claim> dated(AnnotatedDoc doc, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      String time = c.cueSpan() == null ? null : timeOfCue(doc, c);
      out.add(time == null ? c : c.withTime(time));
    }
    return out;
  }

  private static String timeOfCue(AnnotatedDoc doc, Claim c) {
    Sentence s = doc.sentenceHolding(c.cueSpan());
    if (s == null) {
      return null;
    }
    for (Token t : s.tokens()) {
      if (t.span().start() == c.cueSpan().start() && t.pos().startsWith("VB")) {
        return EventTime.of(s, t.index());
      }
    }
    return null;
  }
}
