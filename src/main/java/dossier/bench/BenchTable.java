package dossier.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Prints the legs' figures side by side: speed, memory, attribution, then the incremental cost. */
final class BenchTable {
  private static final String ROW = "%-34s %14s %14s %14s";

  private final Figures stock;
  private final Figures one;
  private final Figures two;
  private final Figures incremental;

  BenchTable(Figures stock, Figures one, Figures two, Figures incremental) {
    this.stock = stock;
    this.one = one;
    this.two = two;
    this.incremental = incremental;
  }

  void print(String heading, PrintStream out) {
    out.println(heading);
    row(out, "", "(a) stock", "(b) Dossier", "(b) Dossier");
    row(out, "", "1 thread", "1 thread", "2 threads");
    figure(out, "models loaded (s)", Figures.LOAD, "%.1f");
    figure(out, "documents", Figures.DOCUMENTS, "%.0f");
    figure(out, "tokens", Figures.TOKENS, "%,.0f");
    figure(out, "wall clock (s)", Figures.WALL, "%.1f");
    figure(out, "CPU, all threads (s)", Figures.CPU, "%.1f");
    figure(out, "JIT compiling, elapsed (s)", Figures.JIT, "%.1f");
    figure(out, "GC pauses (s)", Figures.GC, "%.1f");
    figure(out, "untimed warm-up passes", Figures.WARM_UP, "%.0f");
    derived(out, "tokens/s (wall clock)", f -> f.get(Figures.TOKENS) / f.get(Figures.WALL), "%,.0f");
    derived(out, "tokens/s (CPU)", f -> f.get(Figures.TOKENS) / f.get(Figures.CPU), "%,.0f");
    derived(out, "documents/s (wall clock)",
        f -> f.get(Figures.DOCUMENTS) / f.get(Figures.WALL), "%.2f");
    // Two threads gain only while both keep a core busy; near 1, they took turns (a loaded
    // machine, or a lock).
    derived(out, "cores busy (CPU / wall clock)", f -> f.get(Figures.CPU) / f.get(Figures.WALL),
        "%.2f");
    figure(out, "peak heap (MiB)", Figures.HEAP, "%,.0f");
    ratio(out, "b/a tokens/s (wall clock)", Figures.WALL, stock);
    ratio(out, "b/a tokens/s (CPU)", Figures.CPU, stock);
    ratio(out, "threads 2/1 tokens/s (wall clock)", Figures.WALL, one);
    ratio(out, "  documents alone, resolution aside", Figures.DOCUMENT_WALL, one);
    row(out, "  median of the rounds' ratios", "", cell("%.2f", 1.0),
        cell("%.2f", two.get(Figures.ROUND_RATIO)));
    attribution(out);
    incremental(incremental, out);
  }

  private void attribution(PrintStream out) {
    if (Double.isNaN(stock.get(Figures.ARTICLES))) {
      out.println("Attribution not scored (--polnear-limit 0).");
      return;
    }
    out.printf(Locale.ROOT, "Attribution on PolNeAR dev, first %.0f articles, %.0f gold attributions"
        + " (overlap, Dossier's extractor on each pipeline's annotation):%n",
        stock.get(Figures.ARTICLES), stock.get(Figures.GOLD));
    figure(out, "claims predicted", Figures.PREDICTED, "%.0f");
    figure(out, "content F1", Figures.CONTENT_F1, "%.3f");
    figure(out, "source F1", Figures.SOURCE_F1, "%.3f");
    figure(out, "cue F1", Figures.CUE_F1, "%.3f");
    figure(out, "source accuracy on matched claims", Figures.SOURCE_ACCURACY, "%.3f");
  }

  /** The cost of adding one report to an empty store and to a large one. */
  static void incremental(Figures incremental, PrintStream out) {
    double reports = incremental.get("reports");
    out.printf(Locale.ROOT, "Adding one report by a build (one thread, models loaded):%n");
    row(out, "", "empty store", String.format(Locale.ROOT, "%,.0f reports", reports), "ratio");
    for (String[] part : List.of(new String[] {"whole build (s)", IncrementalLeg.BUILD},
        new String[] {"  its own analysis (s)", IncrementalLeg.DOCUMENT},
        new String[] {"  storing, copies, entities (s)", IncrementalLeg.AFTER},
        new String[] {"whole build, CPU (s)", IncrementalLeg.CPU})) {
      double empty = incremental.get(IncrementalLeg.EMPTY + part[1]);
      double full = incremental.get(IncrementalLeg.FULL + part[1]);
      row(out, part[0], cell("%.2f", empty), cell("%.2f", full), cell("%.2f", full / empty));
    }
    out.printf(Locale.ROOT, "(The big store was filled with %,.0f synthetic reports in %.0f s;"
        + " the added report's most named name is in %.0f%% of them, its n-th in 1/n of that.)%n",
        reports, incremental.get(IncrementalLeg.FILL), 100 * SyntheticReports.HEAD);
    out.printf(Locale.ROOT, "(Each figure is the median of %d rounds, each adding the report to a"
        + " new empty store and to a copy of the big store, one right after the other, the first"
        + " in turn; before them, the report was added %.0f times to empty scratch stores, until"
        + " the JIT compiler settled, and once to a store of %,d reports.)%n",
        IncrementalLeg.ROUNDS, incremental.get(Figures.WARM_UP), IncrementalLeg.WARM_UP_REPORTS);
  }

  private void figure(PrintStream out, String label, String name, String format) {
    derived(out, label, f -> f.get(name), format);
  }

  private void derived(PrintStream out, String label, ToDoubleFunction<Figures> value,
      String format) {
    row(out, label, cell(format, value.applyAsDouble(stock)), cell(format, value.applyAsDouble(one)),
        cell(format, value.applyAsDouble(two)));
  }

  /** Throughput relative to {@code base}'s, by the given clock; "-" where base is not compared. */
  private void ratio(PrintStream out, String label, String clock, Figures base) {
    ToDoubleFunction<Figures> rate = f -> f.get(Figures.TOKENS) / f.get(clock);
    double b = rate.applyAsDouble(base);
    row(out, label, base == stock ? cell("%.2f", 1.0) : "",
        cell("%.2f", rate.applyAsDouble(one) / b), cell("%.2f", rate.applyAsDouble(two) / b));
  }

  private static String cell(String format, double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "-"
        : String.format(Locale.ROOT, format, value);
  }

  private static void row(PrintStream out, String label, String a, String b, String c) {
    out.println(String.format(Locale.ROOT, ROW, label, a, b, c).stripTrailing());
  }
}
