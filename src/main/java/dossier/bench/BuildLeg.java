package dossier.bench;

import dossier.BuildListener;
import dossier.BuildSummary;
import dossier.Dossier;
import dossier.annotate.Annotator;
import dossier.eval.AttributionEval;
import dossier.store.StoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Leg (b): Dossier's default build of the corpus into a temporary store, the real path, with one
 * thread and with {@link LegSpec#threads()}, timed in turn in one JVM on builds into fresh stores
 * after {@link WarmUp} builds, so that JIT compilation is not counted, each {@link
 * Stopwatch#afterCollection after a collection}. Timing both thread counts in the same minutes
 * keeps a shared machine's slow spells (a one-thread build of the default corpus took 9 to 14 s,
 * the JIT settled, within a quarter of an hour) out of their ratio, which legs run one after the
 * other took in full.
 */
final class BuildLeg {
  /** Rounds of timed builds, one per thread count each; a figure is the median of its builds. */
  static final int ROUNDS = 11;
  private final LegSpec spec;

  BuildLeg(LegSpec spec) {
    this.spec = spec;
  }

  /** The scope of a thread count's figures in this leg's output: see {@link Figures#in}. */
  static String scope(int threads) {
    return "threads." + threads;
  }

  Figures run() throws IOException, StoreException {
    List<Integer> counts = spec.threads() > 1 ? List.of(1, spec.threads()) : List.of(1);
    Stopwatch load = new Stopwatch();
    // The models a default build loads, timed apart as the stock leg's are.
    Annotator.shared();
    double loadSeconds = load.wallSeconds();
    int warmUp = WarmUp.run(warmUpPasses(counts));
    Map<Integer, List<Figures>> timed = timedRounds(counts);
    Figures out = new Figures();
    for (int threads : counts) {
      Figures f = median(timed.get(threads));
      f.put(Figures.LOAD, loadSeconds);
      f.put(Figures.WARM_UP, warmUp);
      if (threads == 1 && spec.polnearLimit() > 0) {
        f.attribution(new AttributionEval()
            .figures(spec.shared(), "dev", spec.polnearLimit(), System.err));
      }
      if (threads > 1) {
        f.put(Figures.ROUND_RATIO, medianRatio(timed.get(1), timed.get(threads)));
      }
      out.putAll(f.scoped(scope(threads)));
    }
    return out;
  }

  /** One untimed build per thread count, run in turn until the JIT settles in each. */
  private List<WarmUp.Pass<IOException>> warmUpPasses(List<Integer> counts) {
    List<WarmUp.Pass<IOException>> passes = new ArrayList<>();
    for (int threads : counts) {
      passes.add(() -> {
        try (TempStore store = new TempStore()) {
          build(store, threads);
        }
      });
    }
    return passes;
  }

  /**
   * The median over rounds of one round's one-thread wall clock over its many-thread one: each
   * pair timed minutes apart at most, so a slow spell of the machine weighs on both.
   */
  private static double medianRatio(List<Figures> one, List<Figures> many) {
    List<Integer> rounds = IntStream.range(0, one.size()).boxed().toList();
    return Median.value(rounds,
        round -> one.get(round).get(Figures.WALL) / many.get(round).get(Figures.WALL));
  }

  /**
   * {@link #ROUNDS} rounds of one timed build per thread count, in {@link Turns}.
   */
  private Map<Integer, List<Figures>> timedRounds(List<Integer> counts)
      throws IOException, StoreException {
    Map<Integer, List<Figures>> timed = new LinkedHashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (int threads : Turns.of(counts, round)) {
        timed.computeIfAbsent(threads, t -> new ArrayList<>()).add(timedBuild(threads));
      }
    }
    return timed;
  }

  private Figures timedBuild(int threads) throws IOException, StoreException {
    try (TempStore store = new TempStore(); HeapPeak heap = new HeapPeak()) {
      Figures f = new Figures();
      Stopwatch run = Stopwatch.afterCollection();
      BuildSummary summary = build(store, threads);
      f.speed(summary.added() - summary.notAnnotated(), summary.tokens(), run);
      f.put(Figures.DOCUMENT_WALL, summary.annotateSeconds());
      f.put(Figures.HEAP, heap.mebibytes());
      System.err.printf(Locale.ROOT, "bench: timed build, %d thread(s): %.2f s wall clock, %.2f s"
          + " CPU, %.2f s JIT, %.2f s GC%n", threads, f.get(Figures.WALL), f.get(Figures.CPU),
          f.get(Figures.JIT), f.get(Figures.GC));
      return f;
    }
  }

  /** The figures of the middle build by wall clock, its peak heap the highest of all. */
  private static Figures median(List<Figures> builds) {
    Figures middle = new Figures();
    middle.putAll(Median.of(builds, f -> f.get(Figures.WALL)));
    middle.put(Figures.HEAP, builds.stream().mapToDouble(f -> f.get(Figures.HEAP)).max()
        .orElseThrow());
    return middle;
  }

  /** A build of the corpus into {@code store}; builds into throwaway stores warm the JIT. */
  private BuildSummary build(TempStore store, int threads) throws StoreException {
    try (Dossier dossier = Dossier.builder().database(store.file()).threads(threads).build()) {
      return dossier.build(spec.corpus(), BuildListener.NONE);
    }
  }
}
