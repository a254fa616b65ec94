package dossier.extract;

import dossier.model.Ref;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Intermediaries between a claim's source and the report: the outlet a speaker told ("told
 * Bloomberg", "in an interview with CNN"), the reporter who cites someone ("Bloomberg reported,
 * citing Colombian authorities": the authorities speak through Bloomberg), and the speaker whose
 * content holds another attribution ("Bloomberg noted: ... according to Navarro").
 */
final class ClaimChains {
  private static final Set<String> TELLING = Set.of("tell", "inform", "assure", "brief");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final Pattern NOT_A_NAME = Pattern.compile("^the\\s+|[^\\p{L}\\p{N}]");
  private static final Set<String> SETTINGS = Set.of("interview", "statement", "comment",
      "remark", "conversation", "call");

  private final ClaimSources sources;
  private final String outlet;

  ClaimChains(ClaimSources sources, String outlet) {
    this.sources = sources;
    this.outlet = outlet == null ? null : key(outlet);
  }

  /** A name as compared: "The Washington Post" and "the Washington Post" are one. */
  private static String key(String name) {
    return NOT_A_NAME.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * Drops from the chain the report's own outlet (the exporter puts it first), the source
   * itself and repeats: "Bloomberg noted ..., adding: ... according to Bloomberg" is one link.
   */
  void tidy(ClaimDraft d) {
    List<Ref> kept = new ArrayList<>();
    String last = d.source == null ? null : key(d.source.text());
    for (int i = d.via.size() - 1; i >= 0; i--) {
      String k = key(d.via.get(i).text());
      if (!k.equals(outlet) && !k.equals(last)) {
        kept.add(0, d.via.get(i));
        last = k;
      }
    }
    d.via.clear();
    d.via.addAll(kept);
  }

  /** Adds the outlet a speech claim was told to. */
  void addressee(ClaimTree t, ClaimDraft d) {
    int v = d.cueToken;
    List<Integer> heard = new ArrayList<>();
    if (TELLING.contains(t.lemma(v))) {
      heard.addAll(t.children(v, "obj", "iobj", "xcomp"));
    }
    for (int s : t.children(v, "obl", "nmod")) {
      if (SETTINGS.contains(t.lemma(s))) {
        heard.addAll(t.children(s, "nmod:with", "nmod:to"));
      }
    }
    for (int h : t.children(v, "obl:to")) {
      if (isOrganization(t, h)) { // "said to Reuters", not "said to the nominee"
        heard.add(h);
      }
    }
    for (int h : heard) {
      if (h > 0 && namesOrganization(t, h)) {
        d.via.add(sources.phraseRef(t, h));
      }
    }
  }

  /**
   * The phrase names an organisation by its head ("Reuters", "RT", an acronym the tagger left
   * untyped) or its owner ("CNN's Barbara Starr"); "the Republican nominee" does not.
   */
  private static boolean namesOrganization(ClaimTree t, int head) {
    if (isOrganization(t, head) || isAcronym(t, head)) {
      return true;
    }
    for (int owner : t.children(head, "nmod:poss", "compound")) {
      if (isOrganization(t, owner) || isAcronym(t, owner)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrganization(ClaimTree t, int i) {
    return "ORGANIZATION".equals(t.token(i).ner());
  }

  private static boolean isAcronym(ClaimTree t, int i) {
    return "O".equals(t.token(i).ner()) && ACRONYM.matcher(t.word(i)).matches()
        && t.child(i, "det") < 0;
  }

  /**
   * "RIA quoted X as saying ...": X speaks through RIA. "X was quoted by Interfax as saying":
   * likewise through Interfax.
   */
  void quoting(ClaimTree t, ClaimDraft d) {
    int h = t.head(d.cueToken);
    if (h <= 0 || !t.lemma(h).equals("quote")) {
      return;
    }
    boolean passive = SpeechSubjects.isPassive(t, h);
    int quoted = passive ? -1 : t.child(h, "obj");
    int quoter = passive ? t.child(h, "obl:agent") : t.child(h, "nsubj");
    if (quoted > 0) {
      d.source = sources.ref(t, quoted);
      d.subjectSpan = d.source.span();
    }
    if (quoter > 0) {
      d.via.add(sources.ref(t, quoter));
    }
  }

  /** "X, citing Y, said S": Y becomes the source and X the last intermediary before Y. */
  void citing(ClaimTree t, List<ClaimDraft> sentenceDrafts) {
    for (int c = 1; c <= t.size(); c++) {
      if (t.lemma(c).equals("cite") && t.pos(c).equals("VBG")) {
        int cited = t.child(c, "obj");
        if (cited < 0 && t.baseRelation(c).equals("amod")) {
          cited = t.head(c); // "Citing contacts in ..." parsed as an adjective
        }
        ClaimDraft d = cited > 0 && canSpeak(t, cited) ? citer(t, sentenceDrafts, c) : null;
        if (d != null) {
          d.via.add(d.source);
          d.source = sources.ref(t, cited);
          d.cue = null;
          d.cueSpan = t.token(c).span();
        }
      }
    }
  }

  /**
   * Whether the cited phrase can be a source: a person, an organisation, an unnamed source or a
   * document; "citing the release of prisoners" cites evidence, not a source.
   */
  private static boolean canSpeak(ClaimTree t, int cited) {
    String ner = t.token(cited).ner();
    String lemma = t.lemma(cited);
    return "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || t.isProperNoun(cited)
        || ClaimLexicon.ANONYMOUS_HEADS.contains(lemma)
        || ClaimLexicon.SOURCE_NOUNS.contains(lemma);
  }

  private static ClaimDraft citer(ClaimTree t, List<ClaimDraft> drafts, int c) {
    ClaimDraft best = null;
    for (ClaimDraft d : drafts) {
      if (d.cueToken > 0 && d.source != null && !d.sourceless
          && !d.content.contains(t.token(c).span())
          && (best == null || Math.abs(d.cueToken - c) < Math.abs(best.cueToken - c))) {
        best = d;
      }
    }
    return best;
  }

  /**
   * A claim inside another's content reaches the report through that other's speaker. Outer
   * claims go first, so that a chain of three is built from the outside in.
   */
  static void nest(List<ClaimDraft> drafts) {
    List<ClaimDraft> outerFirst = new ArrayList<>(drafts);
    outerFirst.sort(Comparator.comparingInt((ClaimDraft d) -> -d.content.length()));
    for (ClaimDraft inner : outerFirst) {
      ClaimDraft outer = null;
      for (ClaimDraft o : drafts) {
        if (o != inner && o.source != null && inner.borrowedFrom == null
            && o.content.contains(inner.cueSpan) && !o.content.equals(inner.content)
            && (outer == null || outer.content.contains(o.content))) {
          outer = o;
        }
      }
      if (outer != null) {
        List<Ref> chain = new ArrayList<>(outer.via);
        chain.add(outer.source);
        inner.via.addAll(0, chain);
      }
    }
  }
}
