package dossier.eval;

/** Time and throughput over the articles that ran to the end; crashes and timeouts are counted apart. */
final class AttributionSpeed {
  private int articles;
  private long tokens;
  private long claims;
  private long annotateNanos;
  private long extractNanos;
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
        annotateNanos += attempt.annotateNanos();
        extractNanos += attempt.extractNanos();
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

  double annotateSeconds() {
    return annotateNanos / 1e9;
  }

  double extractSeconds() {
    return extractNanos / 1e9;
  }

  /** The goal is at most 0.10: attribution may add a tenth to the annotation it reads. */
  double extractToAnnotate() {
    return annotateNanos == 0 ? 0 : (double) extractNanos / annotateNanos;
  }

  double annotateTokensPerSecond() {
    return perSecond(tokens, annotateNanos);
  }

  double extractTokensPerSecond() {
    return perSecond(tokens, extractNanos);
  }

  /** Claims per second of annotation and extraction together: what a user waits for. */
  double claimsPerSecond() {
    return perSecond(claims, annotateNanos + extractNanos);
  }

  double extractClaimsPerSecond() {
    return perSecond(claims, extractNanos);
  }

  int crashes() {
    return crashes;
  }

  int timeouts() {
    return timeouts;
  }

  private static double perSecond(long count, long nanos) {
    return nanos == 0 ? 0 : count / (nanos / 1e9);
  }
}
