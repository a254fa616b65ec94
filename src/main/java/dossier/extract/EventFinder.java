package dossier.extract;

import dossier.extract.EventArguments.Slots;
import dossier.extract.EventLexicon.Entry;
import dossier.model.AnnotatedDoc;
import dossier.model.Claim;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.Ref;
import dossier.model.Sentence;
import dossier.model.Span;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who did what to whom, where and when, typed with PLOVER: one event per actor and target of
 * each verb the lexicon knows, unless the verb is negated.
 */
final class EventFinder {
  /** Conjoined actors or targets beyond this many are not multiplied into more events. */
  private static final int MOST_PER_SLOT = 3;

  private final EventLexicon lexicon;
  private final EventModes modes = new EventModes();

  EventFinder() {
    this(new EventLexicon());
  }

  EventFinder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Event> find(AnnotatedDoc doc, List<Mention> mentions, List<Claim> claims) {
    List<Event> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        Entry entry = t.pos().startsWith("VB") ? lexicon.match(s, t.index()) : null;
        if (entry != null && !EventNegation.negated(s, t.index())) {
          events(doc.text(), s, t.index(), entry, mentions, claims, out);
        }
      }
    }
    return out;
  }

  private void events(String text, Sentence s, int verb, Entry entry, List<Mention> mentions,
      List<Claim> claims, List<Event> out) {
    Slots slots = EventArguments.of(s, verb, entry, mentions);
    Entry typed = modes.typed(s, entry, slots.theme(), mentions);
    if (typed == null || !counts(s, verb, typed, slots, mentions)) {
      return;
    }
    Ref place = slots.place() < 0 ? null : EventRefs.of(s, text, slots.place(), mentions);
    String time = EventTime.of(s, verb);
    Span trigger = s.token(verb).span();
    int claim = claimOf(trigger, claims);
    for (Ref actor : refs(s, text, slots.actors(), mentions)) {
      for (Ref target : refs(s, text, slots.targets(), mentions)) {
        out.add(new Event(s.span(), typed.type(), typed.mode(), actor, target, place, time,
            trigger.of(text), trigger, claim));
      }
    }
  }

  /** Whether the verb's participants make it the act the lexicon means. */
  private static boolean counts(Sentence s, int verb, Entry e, Slots slots,
      List<Mention> mentions) {
    if (slots.actors().isEmpty() && slots.targets().isEmpty()) {
      return false;
    }
    if (e.motion() && slots.place() < 0) {
      return false;
    }
    // "Iran supplied weapons" is aid with no recipient; "Iran supplied" says nothing.
    if (e.transfer() && slots.targets().isEmpty() && slots.theme() < 0) {
      return false;
    }
    if (e.intransitive() && !Trees.children(s, verb, Set.of("obj")).isEmpty()) {
      return false;
    }
    return !e.named() || slots.targets().stream().anyMatch(
        t -> EventArguments.mentionAt(s.token(t).span(), mentions, null));
  }

  /** The participants as references; a single null where there is none. */
  private static List<Ref> refs(Sentence s, String text, List<Integer> heads,
      List<Mention> mentions) {
    List<Ref> out = new ArrayList<>();
    for (int h : heads.subList(0, Math.min(heads.size(), MOST_PER_SLOT))) {
      Ref r = EventRefs.of(s, text, h, mentions);
      if (out.stream().noneMatch(o -> o.text().equals(r.text()))) {
        out.add(r);
      }
    }
    if (out.isEmpty()) {
      out.add(null);
    }
    return out;
  }

  /** The claim whose content holds the trigger most closely (a quote inside a report), or -1. */
  private static int claimOf(Span trigger, List<Claim> claims) {
    int best = -1;
    for (int i = 0; i < claims.size(); i++) {
      Span content = claims.get(i).contentSpan();
      if (content.contains(trigger)
          && (best < 0 || content.length() < claims.get(best).contentSpan().length())) {
        best = i;
      }
    }
    return best;
  }
}
