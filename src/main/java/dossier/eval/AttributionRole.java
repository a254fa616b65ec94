package dossier.eval;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The three parts of an attribution that are scored. */
enum AttributionRole {
  CONTENT("content", AttributionRelation::content),
  SOURCE("source", AttributionRelation::source),
  CUE("cue", AttributionRelation::cue);

  private final String label;
  private final Function<AttributionRelation, AttributionSpan> part;

  AttributionRole(String label, Function<AttributionRelation, AttributionSpan> part) {
    this.label = label;
    this.part = part;
  }

  String label() {
    return label;
  }

  /** This role's span in the relation, or null. */
  AttributionSpan of(AttributionRelation relation) {
    return part.apply(relation);
  }

  /**
   * The role's spans as a set to score on its own. Contents stay one per relation, as claims are
   * counted; sources and cues count once per place in the text, since several attributions share
   * one ("Trump said ... and added ...").
   */
  List<AttributionSpan> spans(List<AttributionRelation> relations) {
    var spans = relations.stream().map(part).filter(Objects::nonNull);
    return this == CONTENT ? spans.toList() : spans.distinct().toList();
  }
}
