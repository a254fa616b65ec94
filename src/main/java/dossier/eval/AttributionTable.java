package dossier.eval;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints the attribution results: a row per role with span-set scores and accuracy in matched
 * claims, then the source accuracy and the speed in words.
 */
final class AttributionTable {
  private static final String ROW = "%-8s %6s %6s | %7s %7s %7s | %7s %7s %7s | %7s %7s %7s";

  private final AttributionScorer scorer;
  private final AttributionSpeed speed;

  AttributionTable(AttributionScorer scorer, AttributionSpeed speed) {
    this.scorer = scorer;
    this.speed = speed;
  }

  void print(String heading, PrintStream out) {
    out.println(heading);
    line(out, "", "", "", "exact", "", "", "overlap", "", "", "in matched claims", "", "");
    line(out, "role", "gold", "pred", "P", "R", "F1", "P", "R", "F1", "n", "exact", "overlap");
    for (AttributionRole role : AttributionRole.values()) {
      AttributionRoleScore s = scorer.score(role);
      line(out, role.label(), s.overlap().gold(), s.overlap().predicted(),
          num(s.exact().precision()), num(s.exact().recall()), num(s.exact().f1()),
          num(s.overlap().precision()), num(s.overlap().recall()), num(s.overlap().f1()),
          s.pairs(), num(s.exactAccuracy()), num(s.overlapAccuracy()));
    }
    AttributionRoleScore source = scorer.score(AttributionRole.SOURCE);
    out.printf(Locale.ROOT, "Source accuracy on matched claims: %s overlap, %s exact (%d of %d "
        + "matched claims have a gold source).%n", num(source.overlapAccuracy()),
        num(source.exactAccuracy()), source.pairs(), scorer.matchedClaims());
    printSpeed(out);
  }

  private void printSpeed(PrintStream out) {
    out.printf(Locale.ROOT, "Speed over %d articles, %,d tokens, %,d claims: annotation %.1f s "
        + "(%,.0f tokens/s); extraction %.2f s (%,.0f tokens/s, %,.1f claims/s); "
        + "extraction/annotation time %.3f (goal <= 0.100); %.2f claims/s end to end.%n",
        speed.articles(), speed.tokens(), speed.claims(), speed.annotateSeconds(),
        speed.annotateTokensPerSecond(), speed.extractSeconds(), speed.extractTokensPerSecond(),
        speed.extractClaimsPerSecond(), speed.extractToAnnotate(), speed.claimsPerSecond());
  }

  private static void line(PrintStream out, Object... cells) {
    out.println(String.format(Locale.ROOT, ROW, cells).stripTrailing());
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
