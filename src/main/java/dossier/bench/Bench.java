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
import java.util.stream.Stream;

/**
 * {@code dossier bench}: CoreNLP's stock full stack (a) against Dossier's default build (b) on
 * the same documents, each leg in a fresh JVM so that neither's models or JIT warm-up help the
 * other (the build's one- and two-thread timings share a JVM, taken in turn); attribution on
 * PolNeAR dev through each leg's annotation; and the cost of adding one report to an empty store
 * and to a large one.
 *
 * <pre>{@code
 * new Bench(Bench.defaultCorpus(null, 20), 20, 100_000, null, "5g").run(System.out, System.err);
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

  /**
   * The shared samples, the project's {@code examples/} when run from its folder, and the first
   * {@code polnearArticles} PolNeAR dev articles: enough documents (about 20,000 tokens with 20)
   * for two threads to share.
   */
  public static List<Path> defaultCorpus(Path shared, int polnearArticles) throws IOException {
    List<Path> out = new ArrayList<>(List.of(SharedFolder.root(shared, "samples").resolve("samples")));
    if (Files.isDirectory(Path.of("examples"))) {
      out.add(Path.of("examples"));
    }
    if (polnearArticles > 0) {
      Path texts = SharedFolder.root(shared, "eval").resolve("eval/polnear/dev/text");
      try (Stream<Path> files = Files.list(texts)) {
        files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(polnearArticles)
            .forEach(out::add);
      }
    }
    return out;
  }

  /** Runs the legs one after another, the table on {@code out}, the legs' chatter on {@code log}. */
  public void run(PrintStream out, PrintStream log) throws IOException {
    Objects.requireNonNull(out, "out");
    Figures stock = leg("stock", 1, polnearLimit, log);
    Figures builds = leg("build", 2, polnearLimit, log);
    Figures one = builds.in(BuildLeg.scope(1));
    Figures two = builds.in(BuildLeg.scope(2));
    Figures incremental = leg("incremental", 1, 0, log);
    new BenchTable(stock, one, two, incremental).print(heading(), out);
  }

  /** Runs the incremental leg alone and prints its part of the table. */
  public void runIncremental(PrintStream out, PrintStream log) throws IOException {
    Objects.requireNonNull(out, "out");
    BenchTable.incremental(leg("incremental", 1, 0, log), out);
  }

  private Figures leg(String name, int threads, int polnear, PrintStream log) throws IOException {
    log.printf("bench: leg %s, %s%n", name, threads == 1 ? "1 thread" : "1 and " + threads
        + " threads in turn");
    return ChildJvm.run(new LegSpec(name, threads, polnear, reports, shared, corpus), heap, log);
  }

  /** The folders by name, single files by number: a corpus may list many. */
  private static String describe(List<Path> corpus) {
    List<Path> folders = corpus.stream().filter(Files::isDirectory).toList();
    long files = corpus.size() - folders.size();
    return folders + (files > 0 ? " and " + files + " files" : "");
  }

  private String heading() {
    return "Dossier bench on " + describe(corpus) + "; (a), (b) and the incremental measure each"
        + " in a fresh JVM (-Xmx" + heap + "), (b)'s two thread counts timed in turn.\n"
        + "(a) CoreNLP " + StockPipeline.NAIVE_ANNOTATORS + ", stock settings, on the clean text.\n"
        + "(b) Dossier's default build (clean, annotate " + Annotator.DEFAULT_ANNOTATORS
        + ", extract, store, resolve) into a new store.";
  }
}
