package dossier.eval;

/**
 * The headline attribution scores of one run, for comparing pipelines side by side: overlap F1
 * per role (span sets) and the source accuracy on claims matched to gold by content.
 *
 * @param articles articles scored
 * @param gold gold attributions
 * @param predicted claims predicted
 * @param contentF1 content overlap F1
 * @param sourceF1 source overlap F1
 * @param cueF1 cue overlap F1
 * @param sourceAccuracy overlap accuracy of the source on matched claims that have a gold source
 */
public record AttributionFigures(int articles, long gold, long predicted, double contentF1,
    double sourceF1, double cueF1, double sourceAccuracy) {

  static AttributionFigures of(int articles, AttributionScorer scorer) {
    AttributionRoleScore content = scorer.score(AttributionRole.CONTENT);
    return new AttributionFigures(articles, content.overlap().gold(), content.overlap().predicted(),
        content.overlap().f1(), scorer.score(AttributionRole.SOURCE).overlap().f1(),
        scorer.score(AttributionRole.CUE).overlap().f1(),
        scorer.score(AttributionRole.SOURCE).overlapAccuracy());
  }
}
