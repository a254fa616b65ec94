package dossier.bench;

import dossier.annotate.Annotator;
import dossier.annotate.StockPipeline;
import dossier.eval.SharedFolder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code dossier bench}: CoreNLP's stock full stack (a) against Dossier's default build (b) on
 * the same documents, each leg in a fresh JVM so that neither's models or JIT warm-up help the
 * other; attribution on PolNeAR dev through each leg's annotation; and the cost of adding one
 * report to an empty store and to a large one.
 *
 * <pre>{@code
 * new Bench(Bench.defaultCorpus(null), 20, 100_000, null, "5g").run(System.out, System.err);
 * }</pre>
 */
public final class Bench {
  private final List<Path> corpus;
  private final int polnearLimit;
  private final int reports;
  private final Path shared;
  private final String heap;

  /**
   * @param corpus files and folders of reports to time
   * @param polnearLimit PolNeAR dev articles to score attribution on; 0 for none
   * @param reports synthetic reports in the big store of the incremental measure
   * @param shared the shared data folder, or null for the usual places
   * @param heap each leg's maximum heap, as for -Xmx ({@code 5g}): CoreNLP's full stack with
   *     coreference needs about 4 GiB
   */
  public Bench(List<Path> corpus, int polnearLimit, int reports, Path shared, String heap) {
    this.corpus = List.copyOf(corpus);
    this.polnearLimit = polnearLimit;
    this.reports = reports;
    this.shared = shared;
    this.heap = Objects.requireNonNull(heap, "heap");
    if (polnearLimit < 0 || reports < 0) {
      throw new IllegalArgumentException("limits must be 0 or more");
    }
  }

  /** The shared samples and, when run from the project folder, its {@code examples/}. */
  public static List<Path> defaultCorpus(Path shared) throws IOException {
    List<Path> out = new ArrayList<>(List.of(SharedFolder.root(shared, "samples").resolve("samples")));
    if (Files.isDirectory(Path.of("examples"))) {
      out.add(Path.of("examples"));
    }
    return out;
  }

  /** Runs the legs one after another, the table on {@code out}, the legs' chatter on {@code log}. */
  public void run(PrintStream out, PrintStream log) throws IOException {
    Objects.requireNonNull(out, "out");
    Figures stock = leg("stock", 1, polnearLimit, log);
    Figures one = leg("build", 1, polnearLimit, log);
    Figures two = leg("build", 2, 0, log);
    Figures incremental = leg("incremental", 1, 0, log);
    new BenchTable(stock, one, two, incremental).print(heading(), out);
  }

  /** Runs the incremental leg alone and prints its part of the table. */
  public void runIncremental(PrintStream out, PrintStream log) throws IOException {
    Objects.requireNonNull(out, "out");
    BenchTable.incremental(leg("incremental", 1, 0, log), out);
  }

  private Figures leg(String name, int threads, int polnear, PrintStream log) throws IOException {
    log.printf("bench: leg %s, %d thread(s)%n", name, threads);
    return ChildJvm.run(new LegSpec(name, threads, polnear, reports, shared, corpus), heap, log);
  }

  private String heading() {
    return "Dossier bench on " + corpus + "; each leg in a fresh JVM (-Xmx" + heap + ").\n"
        + "(a) CoreNLP " + StockPipeline.NAIVE_ANNOTATORS + ", stock settings, on the clean text.\n"
        + "(b) Dossier's default build (clean, annotate " + Annotator.DEFAULT_ANNOTATORS
        + ", extract, store, resolve) into a new store.";
  }
}
