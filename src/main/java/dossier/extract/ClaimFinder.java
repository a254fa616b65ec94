package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.Claim;
import dossier.model.Mention;
import dossier.model.Sentence;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who says what: direct quotes and reported speech with source, cue, chain, stance and hedging.
 * Works sentence by sentence on the dependency parse (speech verbs and their complements,
 * "according to", "reportedly", "citing"), then across sentences for quotes, pronoun speakers
 * and claims nested in other claims.
 */
final class ClaimFinder {
  List<Claim> find(AnnotatedDoc doc, List<Mention> mentions) {
    String text = doc.text();
    List<QuoteSpans.Quote> quotes = QuoteSpans.find(text);
    List<Span> paragraphs = ClaimParagraphs.of(text);
    Run run = new Run(doc, mentions, quotes, paragraphs);
    List<ClaimDraft> drafts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      drafts.addAll(run.sentence(s));
    }
    drafts.addAll(new QuoteAttribution(paragraphs).orphans(quotes, drafts, run.content, run.scope));
    dropNestedStances(drafts);
    ClaimChains.nest(drafts);
    List<Claim> out = new ArrayList<>();
    for (ClaimDraft d : withoutRepeats(drafts)) {
      run.chains.tidy(d);
      d.stance = ClaimStance.of(d, run.scope);
      d.hedged = ClaimHedging.isHedged(d, run.scope);
      out.add(d.toClaim(text));
    }
    out.sort(Comparator.comparing(Claim::span));
    return out;
  }

  /**
   * A stance, thought or phrase attribution inside another claim's content ("X said Y wants Z")
   * is part of what that claim reports, not an attribution the report itself makes; reported
   * speech inside it is kept, as it builds the chain.
   */
  private static void dropNestedStances(List<ClaimDraft> drafts) {
    List<ClaimDraft> all = List.copyOf(drafts);
    drafts.removeIf(d -> !d.speech
        && all.stream().anyMatch(o -> o != d && o.content.contains(d.cueSpan)));
  }

  /** One claim per content: a speech verb's over a phrase's, the first found otherwise. */
  private static List<ClaimDraft> withoutRepeats(List<ClaimDraft> drafts) {
    List<ClaimDraft> out = new ArrayList<>();
    for (ClaimDraft d : drafts) {
      ClaimDraft same = out.stream().filter(o -> o.content.equals(d.content)).findFirst()
          .orElse(null);
      if (same == null) {
        out.add(d);
      } else if (same.cueToken < 0 && d.cueToken > 0) {
        out.set(out.indexOf(same), d);
      }
    }
    return out;
  }

  /** The state of finding claims in one document. */
  private static final class Run {
    final String text;
    final List<QuoteSpans.Quote> quotes;
    final ClaimSources sources;
    final ClaimSpeakers speakers;
    final ClaimChains chains;
    final ClaimContent content;
    final ClaimScope scope;
    final ColonLeadIns colonLeadIns;

    Run(AnnotatedDoc doc, List<Mention> mentions, List<QuoteSpans.Quote> quotes,
        List<Span> paragraphs) {
      this.text = doc.text();
      this.quotes = quotes;
      List<ClaimTree> trees = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        trees.add(new ClaimTree(s));
      }
      this.scope = new ClaimScope(trees);
      this.sources = new ClaimSources(doc, mentions);
      this.speakers = new ClaimSpeakers(sources,
          new SpeechAntecedents(doc, mentions, quotes, scope));
      this.chains = new ClaimChains(sources, doc.article().outlet());
      this.colonLeadIns = new ColonLeadIns(paragraphs);
      this.content = new ClaimContent(text, quotes, paragraphs,
          doc.sentences().stream().map(Sentence::span).toList());
    }

    List<ClaimDraft> sentence(Sentence s) {
      if (s.dependencies().isEmpty()) {
        return new ArrayList<>(); // annotated without the parser: nothing to go by
      }
      ClaimTree t = scope.tree(s.index());
      List<ClaimDraft> found = SpeechClauses.find(t, s.index());
      found.addAll(StanceClauses.find(t, s.index(), found));
      found.addAll(NominalCues.find(t, s.index()));
      found.addAll(QuotesAfterColons.find(t, s.index(), found, quotes, text));
      found.removeIf(d -> insideQuote(d.cueSpan)); // speech quoted within a quote
      CuePhrases.find(t, s.index(), found, sources);
      ClaimDraft lead = colonLeadIns.find(t, s.index());
      if (lead != null) {
        found.add(lead);
      }
      found.removeIf(d -> !content.settle(d, s));
      for (ClaimDraft d : found) {
        speakers.name(t, d);
      }
      chains.citing(t, found);
      for (ClaimDraft d : found) {
        if (d.cueToken > 0) {
          chains.addressee(t, d);
          chains.quoting(t, d);
        }
        if (d.cue == null) {
          d.cue = d.cueSpan.of(text);
        }
      }
      return found;
    }

    private boolean insideQuote(Span span) {
      return quotes.stream().anyMatch(q -> q.inner().contains(span));
    }
  }
}
