package dossier.eval;

/** Time and throughput over the articles that ran to the end; crashes and timeouts are counted apart. */
final class AttributionSpeed {
  private int articles;
  private long tokens;
  private long claims;
  private StepTiming annotate = StepTiming.NONE;
  private StepTiming extract = StepTiming.NONE;
  private int crashes;
  private int timeouts;

  void add(AttributionGuard.Attempt attempt) {
    switch (attempt.status()) {
      case CRASHED -> crashes++;
      case TIMED_OUT -> timeouts++;
      case OK -> {
        articles++;
        tokens += attempt.tokens();
        claims += attempt.claims().size();
        annotate = annotate.plus(attempt.annotate());
        extract = extract.plus(attempt.extract());
      }
    }
  }

  int articles() {
    return articles;
  }

  long tokens() {
    return tokens;
  }

  long claims() {
    return claims;
  }

  StepTiming annotate() {
    return annotate;
  }

  StepTiming extract() {
    return extract;
  }

  int crashes() {
    return crashes;
  }

  int timeouts() {
    return timeouts;
  }

  static double perSecond(long count, long nanos) {
    return nanos == 0 ? 0 : count / (nanos / 1e9);
  }

  /** The goal is at most 0.10: attribution may add a tenth to the annotation it reads. */
  static double ratio(long extractNanos, long annotateNanos) {
    return annotateNanos == 0 ? 0 : (double) extractNanos / annotateNanos;
  }
}
