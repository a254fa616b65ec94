package dossier.bench;

import dossier.BuildListener;
import dossier.BuildSummary;
import dossier.Dossier;
import dossier.annotate.Annotator;
import dossier.eval.AttributionEval;
import dossier.store.StoreException;
import java.io.IOException;

/**
 * Leg (b): Dossier's default build of the corpus into a temporary store, the real path, timed on
 * a build into a fresh store after {@link WarmUp} builds, so that JIT compilation is not counted.
 */
final class BuildLeg {
  private final LegSpec spec;

  BuildLeg(LegSpec spec) {
    this.spec = spec;
  }

  Figures run() throws IOException, StoreException {
    Figures f = new Figures();
    try (HeapPeak heap = new HeapPeak(); TempStore store = new TempStore()) {
      Stopwatch load = new Stopwatch();
      // The models a default build loads, timed apart as the stock leg's are.
      Annotator.shared();
      f.put(Figures.LOAD, load.wallSeconds());
      f.put(Figures.WARM_UP, WarmUp.run(() -> {
        try (TempStore warmUp = new TempStore()) {
          build(warmUp);
        }
      }));
      Stopwatch run = new Stopwatch();
      BuildSummary summary = build(store);
      f.speed(summary.added() - summary.notAnnotated(), summary.tokens(), run);
      f.put(Figures.DOCUMENT_WALL, summary.annotateSeconds());
      f.put(Figures.HEAP, heap.mebibytes());
    }
    if (spec.polnearLimit() > 0) {
      f.attribution(new AttributionEval()
          .figures(spec.shared(), "dev", spec.polnearLimit(), System.err));
    }
    return f;
  }

  /** A build of the corpus into {@code store}; builds into throwaway stores warm the JIT. */
  private BuildSummary build(TempStore store) throws StoreException {
    try (Dossier dossier = Dossier.builder().database(store.file()).threads(spec.threads())
        .build()) {
      return dossier.build(spec.corpus(), BuildListener.NONE);
    }
  }
}
