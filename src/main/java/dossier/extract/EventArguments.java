package dossier.extract;

import dossier.extract.EventLexicon.Entry;
import dossier.model.Dependency;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The participants of an event from the dependency parse: actor (subject, or agent of a
 * passive), target (object, or the recipient of a transfer), theme (what a transfer moves) and
 * place ({@link EventPlace}).
 */
final class EventArguments {
  /** Obliques that name who an act is aimed at ("sanctions on Maduro", "met with Lavrov"). */
  private static final Set<String> AIMED = Set.of("obl:on", "obl:with", "obl:against",
      "obl:to", "obl:upon", "nmod:on", "nmod:with", "nmod:against", "nmod:to", "nmod:upon");
  private static final Set<String> NOT_PARTICIPANTS = Set.of("DATE", "TIME", "DURATION", "SET",
      "NUMBER", "MONEY", "PERCENT", "ORDINAL");
  /** Pronouns that stand for no actor. */
  private static final Set<String> EMPTY_PRONOUNS = Set.of("this", "that", "there");
  /** Verbs whose subject, not object, does what their complement says. */
  private static final Set<String> SUBJECT_CONTROL = Set.of("try", "attempt", "seek", "want",
      "plan", "promise", "agree", "decide", "hope", "need", "continue", "begin", "start", "vow",
      "pledge", "intend", "refuse", "fail", "manage", "threaten", "offer", "prepare", "aim");
  /** How far past "called on" the fallback looks for whom it was called on. */
  private static final int NEAR = 4;

  /** Token heads of each participant (several where the parse conjoins them); -1 for none. */
  record Slots(List<Integer> actors, List<Integer> targets, int theme, int place) {}

  private EventArguments() {}

  static Slots of(Sentence s, int verb, Entry entry, List<Mention> mentions) {
    boolean passive = !Trees.children(s, verb, Set.of("aux:pass", "nsubj:pass")).isEmpty();
    List<Integer> agents = Trees.children(s, verb, Set.of("obl:agent"));
    List<Integer> actors = passive || !agents.isEmpty() ? agents : subjects(s, verb);
    List<Integer> objects = passive ? Trees.children(s, verb, Set.of("nsubj:pass"))
        : Trees.children(s, verb, Set.of("obj"));
    actors = fromModifiedNoun(s, verb, entry, actors, objects);
    int place = EventPlace.of(s, verb, objects, mentions);
    List<Integer> targets = new ArrayList<>();
    int theme = -1;
    if (entry.transfer()) {
      theme = transfer(s, verb, objects, mentions, targets);
    } else if (!entry.motion()) {
      targets.addAll(targets(s, verb, entry, objects, place));
    }
    return new Slots(participants(s, actors, mentions), participants(s, targets, mentions),
        theme, place);
  }

  /**
   * A participle or relative clause leaves a role to the noun it modifies: "troops trained in
   * Cuba", "allies backing the opposition", "contractors who flew into Venezuela".
   */
  private static List<Integer> fromModifiedNoun(Sentence s, int verb, Entry entry,
      List<Integer> actors, List<Integer> objects) {
    Dependency up = s.parentEdge(verb);
    String rel = up == null ? "" : up.relation();
    if (entry.motion() && rel.equals("acl:relcl")) {
      return List.of(up.governor());
    }
    if (Trees.base(rel).equals("acl") && !rel.equals("acl:relcl")) {
      List<Integer> open = s.token(verb).pos().equals("VBN") ? objects : actors;
      if (open.isEmpty()) {
        open.add(up.governor());
      }
    }
    return actors;
  }

  /**
   * Fills the recipients of a transfer into {@code targets} and returns what is moved, or -1.
   * A named object with no other recipient is the recipient: "sold Venezuela $11 billion in
   * arms", "supplied Caracas with drones".
   */
  private static int transfer(Sentence s, int verb, List<Integer> objects,
      List<Mention> mentions, List<Integer> targets) {
    targets.addAll(Trees.children(s, verb, Set.of("iobj", "obl:to")));
    int theme = objects.isEmpty() ? -1 : objects.get(0);
    if (targets.isEmpty() && theme > 0 && namedActor(s.token(theme).span(), mentions)) {
      targets.add(theme);
      theme = Trees.child(s, verb, Set.of("obl:with"));
      for (int o : Trees.children(s, verb, Set.of("obl"))) {
        if (theme < 0 && s.token(o).ner().equals("MONEY")) {
          theme = o;
        }
      }
    }
    return theme;
  }

  /**
   * Whom an act is aimed at: its object, unless the object is part of the act ("impose
   * sanctions on X") or missing, when an on/with/against phrase says it.
   */
  private static List<Integer> targets(Sentence s, int verb, Entry entry, List<Integer> objects,
      int place) {
    List<Integer> plain = objects.stream().filter(o -> !partOfTheAct(s, o, entry)).toList();
    boolean phrasal = plain.size() < objects.size();
    List<Integer> aimed = phrasal || plain.isEmpty()
        ? aimed(s, verb, entry, objects, place) : List.of();
    return aimed.isEmpty() ? plain : aimed;
  }

  /** "sanctions" in "impose sanctions on X": the object the lexicon names with the verb. */
  private static boolean partOfTheAct(Sentence s, int object, Entry entry) {
    return s.token(object).lemma().equalsIgnoreCase(String.valueOf(entry.with()));
  }

  /**
   * Whom an act is aimed at, from an on/with/against/to phrase of the verb or of the object
   * that is part of the act. Where the parser lost the phrase of a verb with a preposition
   * ("called on the military to ..."), the first noun after the preposition.
   */
  private static List<Integer> aimed(Sentence s, int verb, Entry entry, List<Integer> objects,
      int place) {
    List<Integer> out = new ArrayList<>();
    List<Integer> from = new ArrayList<>(List.of(verb));
    objects.stream().filter(o -> partOfTheAct(s, o, entry)).forEach(from::add);
    // The verb's own preposition aims it too ("stand by him"), but "call for" names a demand.
    boolean aimingWord = entry.with() != null && !entry.with().equals("for");
    Set<String> relations = new HashSet<>(AIMED);
    if (aimingWord) {
      relations.add("obl:" + entry.with());
    }
    for (int h : from) {
      for (int t : Trees.children(s, h, relations)) {
        if (t != place) {
          out.add(t);
        }
      }
    }
    int next = verb + 1;
    if (out.isEmpty() && aimingWord && next <= s.tokens().size()
        && EventLexicon.prepositional(s.token(next))
        && s.token(next).lemma().equalsIgnoreCase(entry.with())) {
      for (int t = next + 1; t <= Math.min(next + NEAR, s.tokens().size()) && out.isEmpty(); t++) {
        Token tok = s.token(t);
        if (tok.pos().startsWith("NN") || tok.pos().equals("PRP")) {
          out.add(t);
        }
      }
    }
    return out;
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
    List<Integer> inherited = subjectControl || adjunct ? plainSubjects(s, up.governor())
        : Trees.children(s, verb, Set.of("nsubj:xsubj"));
    // An inherited "it" is mostly the dummy of "it's critical to support ...".
    inherited.removeIf(t -> s.token(t).word().equalsIgnoreCase("it"));
    return inherited;
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
      // A "noun" with an object is a verb the tagger missed: "sending officers to torture them".
      boolean nominal = (t.pos().startsWith("NN") || t.pos().startsWith("PRP")
          || mentionAt(t.span(), mentions, null)) && Trees.children(s, h, Set.of("obj")).isEmpty();
      boolean empty = EMPTY_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
      if (nominal && !empty && !NOT_PARTICIPANTS.contains(t.ner()) && !out.contains(h)) {
        out.add(h);
      }
    }
    return out;
  }

  private static boolean namedActor(Span at, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.type() != EntityType.EQUIPMENT
        && m.span().contains(at));
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
