package dossier.extract;

import dossier.extract.EventLexicon.Entry;
import dossier.model.Dependency;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The participants of an event from the dependency parse: actor (subject, or agent of a
 * passive), target (object, or the recipient of a transfer), theme (what a transfer moves) and
 * place (a location mention in an in/at/to/into phrase).
 */
final class EventArguments {
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "to", "into", "inside",
      "near", "within", "across", "throughout", "onto");
  /** Obliques that name who an act is aimed at ("sanctions on Maduro", "met with Lavrov"). */
  private static final Set<String> AIMED = Set.of("obl:on", "obl:with", "obl:against",
      "obl:to", "obl:upon", "nmod:on", "nmod:with", "nmod:against", "nmod:to", "nmod:upon");
  private static final Set<String> NOT_PARTICIPANTS = Set.of("DATE", "TIME", "DURATION", "SET",
      "NUMBER", "MONEY", "PERCENT", "ORDINAL");

  /** Verbs whose subject, not object, does what their complement says. */
  private static final Set<String> SUBJECT_CONTROL = Set.of("try", "attempt", "seek", "want",
      "plan", "promise", "agree", "decide", "hope", "need", "continue", "begin", "start", "vow",
      "pledge", "intend", "refuse", "fail", "manage", "threaten", "offer", "prepare", "aim");

  /** Token heads of each participant (several where the parse conjoins them); -1 for none. */
  record Slots(List<Integer> actors, List<Integer> targets, int theme, int place) {}

  private EventArguments() {}

  static Slots of(Sentence s, int verb, Entry entry, List<Mention> mentions) {
    boolean passive = !Trees.children(s, verb, Set.of("aux:pass", "nsubj:pass")).isEmpty();
    List<Integer> actors = passive ? Trees.children(s, verb, Set.of("obl:agent"))
        : subjects(s, verb);
    List<Integer> objects = passive ? Trees.children(s, verb, Set.of("nsubj:pass"))
        : Trees.children(s, verb, Set.of("obj"));
    Dependency up = s.parentEdge(verb);
    String upRel = up == null ? "" : up.relation();
    if (entry.motion() && upRel.equals("acl:relcl")) {
      // "contractors who flew into Venezuela": the mover is the noun the clause modifies.
      actors = List.of(up.governor());
    } else if (Trees.base(upRel).equals("acl") && !upRel.equals("acl:relcl")) {
      // "troops trained in Cuba", "allies backing the opposition": the noun a participle
      // modifies takes the role it leaves open.
      boolean passiveParticiple = s.token(verb).pos().equals("VBN");
      List<Integer> open = passiveParticiple ? objects : actors;
      if (open.isEmpty()) {
        open.add(up.governor());
      }
    }
    int place = place(s, verb, objects, mentions);
    List<Integer> targets = new ArrayList<>(Trees.children(s, verb, Set.of("iobj")));
    int theme = -1;
    if (entry.transfer()) {
      theme = objects.isEmpty() ? -1 : objects.get(0);
      targets.addAll(Trees.children(s, verb, Set.of("obl:to")));
    } else if (!entry.motion()) {
      targets.addAll(objects);
    }
    List<Integer> aimedFrom = new ArrayList<>(List.of(verb));
    for (int o : objects) {
      // In "impose sanctions on X" the object is part of the act, and X its target.
      if (s.token(o).lemma().equalsIgnoreCase(String.valueOf(entry.with()))) {
        targets.remove(Integer.valueOf(o));
        aimedFrom.add(o);
      }
    }
    if (targets.isEmpty() && !entry.motion()) {
      for (int h : aimedFrom) {
        for (int t : Trees.children(s, h, AIMED)) {
          if (t != place) {
            targets.add(t);
          }
        }
      }
    }
    return new Slots(participants(s, actors, mentions), participants(s, targets, mentions),
        theme, place);
  }

  /**
   * The subjects of a verb. An unexpressed subject comes from the verb it completes; the parser
   * takes that verb's object when it has one ("the government, which the U.S. is trying to
   * topple"), but verbs like "try" pass on their own subject.
   */
  private static List<Integer> subjects(Sentence s, int verb) {
    List<Integer> own = plainSubjects(s, verb);
    if (!own.isEmpty()) {
      return own;
    }
    Dependency up = s.parentEdge(verb);
    String rel = up == null || up.governor() == 0 ? "" : Trees.base(up.relation());
    boolean subjectControl = rel.equals("xcomp")
        && SUBJECT_CONTROL.contains(s.token(up.governor()).lemma());
    // "... urged a rebellion while imposing sanctions": the main clause's subject imposes.
    boolean adjunct = rel.equals("advcl") && s.token(verb).pos().equals("VBG");
    if (subjectControl || adjunct) {
      return plainSubjects(s, up.governor());
    }
    return Trees.children(s, verb, Set.of("nsubj:xsubj"));
  }

  private static List<Integer> plainSubjects(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Keeps heads that can name an actor: nouns, pronouns and mentions, not dates or numbers. */
  private static List<Integer> participants(Sentence s, List<Integer> heads,
      List<Mention> mentions) {
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      Token t = s.token(h);
      boolean nominal = t.pos().startsWith("NN") || t.pos().startsWith("PRP")
          || mentionAt(t.span(), mentions, null);
      if (nominal && !NOT_PARTICIPANTS.contains(t.ner()) && !out.contains(h)) {
        out.add(h);
      }
    }
    return out;
  }

  /** The first location mention in a place phrase of the verb or of its object, or -1. */
  private static int place(Sentence s, int verb, List<Integer> objects, List<Mention> mentions) {
    List<Integer> heads = new ArrayList<>(List.of(verb));
    heads.addAll(objects);
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        String rel = d.relation();
        boolean placePhrase = (rel.startsWith("obl:") || rel.startsWith("nmod:"))
            && PLACE_CASES.contains(rel.substring(rel.indexOf(':') + 1));
        if (placePhrase && mentionAt(s.token(d.dependent()).span(), mentions,
            EntityType.LOCATION)) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /** Whether a mention (of {@code type}, when given) covers {@code at}. */
  static boolean mentionAt(Span at, List<Mention> mentions, EntityType type) {
    for (Mention m : mentions) {
      if ((type == null || m.type() == type) && m.span().contains(at)) {
        return true;
      }
    }
    return false;
  }
}
