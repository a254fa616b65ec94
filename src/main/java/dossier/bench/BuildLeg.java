package dossier.bench;

import dossier.BuildListener;
import dossier.BuildSummary;
import dossier.Dossier;
import dossier.annotate.Annotator;
import dossier.eval.AttributionEval;
import dossier.store.StoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Leg (b): Dossier's default build of the corpus into a temporary store, the real path, timed on
 * builds into fresh stores after {@link WarmUp} builds, so that JIT compilation is not counted.
 */
final class BuildLeg {
  /** Timed builds, of which the median is the leg's figure. */
  static final int TIMED = 3;
  private final LegSpec spec;

  BuildLeg(LegSpec spec) {
    this.spec = spec;
  }

  Figures run() throws IOException, StoreException {
    Figures f = new Figures();
    try (HeapPeak heap = new HeapPeak()) {
      Stopwatch load = new Stopwatch();
      // The models a default build loads, timed apart as the stock leg's are.
      Annotator.shared();
      f.put(Figures.LOAD, load.wallSeconds());
      f.put(Figures.WARM_UP, WarmUp.run(() -> {
        try (TempStore warmUp = new TempStore()) {
          build(warmUp);
        }
      }));
      f.putAll(medianOfTimedBuilds());
      f.put(Figures.HEAP, heap.mebibytes());
    }
    if (spec.polnearLimit() > 0) {
      f.attribution(new AttributionEval()
          .figures(spec.shared(), "dev", spec.polnearLimit(), System.err));
    }
    return f;
  }

  /**
   * The figures of the middle one, by wall clock, of {@link #TIMED} builds into fresh stores: a
   * pass now and then holds a full collection of the old generation (1.5 s of a 4 s pass), and
   * one pass would print it as the leg's speed.
   */
  private Figures medianOfTimedBuilds() throws IOException, StoreException {
    List<Figures> timed = new ArrayList<>();
    for (int i = 0; i < TIMED; i++) {
      try (TempStore store = new TempStore()) {
        Figures f = new Figures();
        Stopwatch run = new Stopwatch();
        BuildSummary summary = build(store);
        f.speed(summary.added() - summary.notAnnotated(), summary.tokens(), run);
        f.put(Figures.DOCUMENT_WALL, summary.annotateSeconds());
        timed.add(f);
      }
    }
    timed.sort(Comparator.comparingDouble(f -> f.get(Figures.WALL)));
    return timed.get(TIMED / 2);
  }

  /** A build of the corpus into {@code store}; builds into throwaway stores warm the JIT. */
  private BuildSummary build(TempStore store) throws StoreException {
    try (Dossier dossier = Dossier.builder().database(store.file()).threads(spec.threads())
        .build()) {
      return dossier.build(spec.corpus(), BuildListener.NONE);
    }
  }
}
