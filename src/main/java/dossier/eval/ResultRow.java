package dossier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One extractor's totals over the corpus: segment counts, metadata hits, failures, and the time
 * of each timed pass, of which the median is its speed.
 */
final class ResultRow {
  private final String name;
  private final SegmentScore segments = new SegmentScore();
  private final MetadataScore metadata;
  private final List<PassTime> passes = new ArrayList<>();
  /** The time of the pass under way. */
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
    time(attempt);
    pages++;
    switch (attempt.status()) {
      case CRASHED -> crashes++;
      case TIMED_OUT -> timeouts++;
      case OK -> { }
    }
  }

  /** Counts an attempt's time alone: a page of a further timed pass, already scored. */
  void time(GuardedRunner.Attempt attempt) {
    cpuNanos += attempt.time().cpuNanos();
    wallNanos += attempt.time().wallNanos();
  }

  /** Ends a timed pass over the corpus. */
  void endPass() {
    passes.add(new PassTime(cpuNanos, wallNanos));
    cpuNanos = 0;
    wallNanos = 0;
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
    return perSecond(median(PassTime::cpuNanos));
  }

  /** Pages per second by the wall clock, which also counts waits for a core on a busy machine. */
  double pagesPerWallSecond() {
    return perSecond(median(PassTime::wallNanos));
  }

  /** The median over the timed passes of one clock's time. */
  private long median(ToLongFunction<PassTime> clock) {
    if (passes.isEmpty()) {
      throw new IllegalStateException("no timed pass ended");
    }
    long[] sorted = passes.stream().mapToLong(clock).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  /** The CPU and wall-clock time of one timed pass over the corpus. */
  private record PassTime(long cpuNanos, long wallNanos) {}

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
