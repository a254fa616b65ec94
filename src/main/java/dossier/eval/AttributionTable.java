package dossier.eval;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints the attribution results: a row per role with span-set scores and accuracy in matched
 * claims, the source accuracy in words, then a row per step with its time and throughput.
 */
final class AttributionTable {
  private static final String ROW = "%-8s %6s %6s | %7s %7s %7s | %7s %7s %7s | %7s %7s %7s";
  private static final String SPEED = "%-11s %9s %10s %9s | %9s %10s %9s";

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
    out.printf(Locale.ROOT, "Speed over %d articles, %,d tokens, %,d claims; wall clock, then CPU "
        + "time of the thread that ran them (the machine may be shared):%n", speed.articles(),
        speed.tokens(), speed.claims());
    out.println(String.format(Locale.ROOT, SPEED, "step", "wall s", "tokens/s", "claims/s",
        "CPU s", "tokens/s", "claims/s").stripTrailing());
    StepTiming both = speed.annotate().plus(speed.extract());
    speedLine(out, "annotation", speed.annotate(), false);
    speedLine(out, "extraction", speed.extract(), true);
    speedLine(out, "both", both, true);
    out.printf(Locale.ROOT, "Extraction/annotation time: %.3f wall, %.3f CPU (goal <= 0.100).%n",
        AttributionSpeed.ratio(speed.extract().wallNanos(), speed.annotate().wallNanos()),
        AttributionSpeed.ratio(speed.extract().cpuNanos(), speed.annotate().cpuNanos()));
  }

  private void speedLine(PrintStream out, String step, StepTiming t, boolean claims) {
    out.println(String.format(Locale.ROOT, SPEED, step, seconds(t.wallNanos()),
        rate(speed.tokens(), t.wallNanos()), claims ? rate(speed.claims(), t.wallNanos()) : "-",
        seconds(t.cpuNanos()), rate(speed.tokens(), t.cpuNanos()),
        claims ? rate(speed.claims(), t.cpuNanos()) : "-").stripTrailing());
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
  }

  private static String rate(long count, long nanos) {
    return String.format(Locale.ROOT, "%,.1f", AttributionSpeed.perSecond(count, nanos));
  }

  private static void line(PrintStream out, Object... cells) {
    out.println(String.format(Locale.ROOT, ROW, cells).stripTrailing());
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
