package dossier.eval;

import dossier.model.Claim;

/**
 * One attribution, gold or predicted: who (source) says what (content) by which words (cue). A
 * role the annotation or the claim lacks is null.
 */
record AttributionRelation(AttributionSpan content, AttributionSpan cue, AttributionSpan source) {

  /**
   * Dossier's claim in the same terms. The source is scored where the report names it ("he"),
   * as PolNeAR marks it, not at the antecedent it was resolved to; a source known only by name
   * (no span) counts as none.
   */
  static AttributionRelation of(Claim claim) {
    return new AttributionRelation(AttributionSpan.orNull(claim.contentSpan()),
        AttributionSpan.orNull(claim.cueSpan()),
        claim.source() == null ? null : AttributionSpan.orNull(claim.source().wordsSpan()));
  }
}
