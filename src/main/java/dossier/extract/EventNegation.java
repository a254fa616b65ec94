package dossier.extract;

import dossier.model.Dependency;
import dossier.model.Sentence;
import java.util.Locale;
import java.util.Set;

/** Whether a verb's act is said not to happen: "did not send", "refused to send", "never met". */
final class EventNegation {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither",
      "nor");
  /** Verbs whose complement did not happen. */
  private static final Set<String> NEGATING_VERBS = Set.of("refuse", "fail", "decline", "stop",
      "cease", "avoid", "deny", "halt", "quit", "abandon");
  /** Clauses of acts warned against or left undone: "against sending", "without firing". */
  private static final Set<String> NEGATING_CLAUSES = Set.of("advcl:against", "advcl:without",
      "advcl:instead_of", "acl:against", "acl:without");

  private EventNegation() {}

  static boolean negated(Sentence s, int verb) {
    if (hasNegator(s, verb)) {
      return true;
    }
    Dependency up = s.parentEdge(verb);
    if (up != null && NEGATING_CLAUSES.contains(up.relation())) {
      return true;
    }
    if (up != null && up.governor() > 0 && Trees.base(up.relation()).equals("xcomp")) {
      String lemma = s.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
      return NEGATING_VERBS.contains(lemma) || hasNegator(s, up.governor());
    }
    return false;
  }

  private static boolean hasNegator(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      String rel = Trees.base(d.relation());
      String word = s.token(d.dependent()).word().toLowerCase(Locale.ROOT).replace('’', '\'');
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("cc:preconj"))
          && NEGATORS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
