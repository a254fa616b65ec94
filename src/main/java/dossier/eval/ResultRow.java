package dossier.eval;

/** One extractor's totals over the corpus: segment counts, metadata hits, time, failures. */
final class ResultRow {
  private final String name;
  private final SegmentScore segments = new SegmentScore();
  private final MetadataScore metadata;
  private long cpuNanos;
  private long wallNanos;
  private int pages;
  private int crashes;
  private int timeouts;

  ResultRow(PageExtractor extractor) {
    this.name = extractor.name();
    this.metadata = extractor.givesMetadata() ? new MetadataScore() : null;
  }

  void add(GuardedRunner.Attempt attempt, GoldPage gold) {
    segments.add(attempt.output().text(), gold);
    if (metadata != null) {
      metadata.add(attempt.output(), gold);
    }
    cpuNanos += attempt.time().cpuNanos();
    wallNanos += attempt.time().wallNanos();
    pages++;
    switch (attempt.status()) {
      case CRASHED -> crashes++;
      case TIMED_OUT -> timeouts++;
      case OK -> { }
    }
  }

  String name() {
    return name;
  }

  SegmentScore segments() {
    return segments;
  }

  /** Null when the extractor gives no metadata. */
  MetadataScore metadata() {
    return metadata;
  }

  /** Pages per second of the extracting thread's CPU time: the speed on one core of its own. */
  double pagesPerCpuSecond() {
    return perSecond(cpuNanos);
  }

  /** Pages per second by the wall clock, which also counts waits for a core on a busy machine. */
  double pagesPerWallSecond() {
    return perSecond(wallNanos);
  }

  private double perSecond(long nanos) {
    return nanos == 0 ? 0 : pages / (nanos / 1e9);
  }

  int crashes() {
    return crashes;
  }

  int timeouts() {
    return timeouts;
  }
}
