package dossier.eval;

import dossier.model.RawDoc.Format;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores main-text extraction on a segment-based gold set (trafilatura's benchmark): Dossier's
 * cleaner on HTML and on flattened text, beside readability4j, boilerpipe, crux and the raw-text
 * baseline, all on the same decoded pages in one run, one extractor after the other.
 */
public final class ExtractionEval {
  private static final Duration PAGE_LIMIT = Duration.ofSeconds(10);
  /**
   * Timed passes over the pages per extractor; the median pass is its speed, since one pass
   * now and then runs 5-15% slow or fast as the JIT compiler and the collector happen to act.
   */
  static final int TIMED_PASSES = 3;

  private final List<PageExtractor> extractors;
  private final Duration limit;

  /** Dossier and the peers, each page limited to 10 s. */
  public ExtractionEval() {
    this(List.of(new DossierExtractor(Format.HTML), new DossierExtractor(Format.TEXT),
        new Readability4jExtractor(), new BoilerpipeExtractor(), new CruxExtractor(),
        new RawTextExtractor()), PAGE_LIMIT);
  }

  ExtractionEval(List<PageExtractor> extractors, Duration limit) {
    this.extractors = List.copyOf(extractors);
    this.limit = limit;
  }

  /**
   * Runs the evaluation and prints its table to {@code out}, progress and skipped pages to
   * {@code log}.
   *
   * @param shared the shared data folder, or null to look in the usual places
   * @param set the gold set's name: {@code trafilatura} reads {@code eval/trafilatura-eval/}
   * @param part which half of the set: dev, test or all of it
   * @param limit how many pages at most, from the start of the part; 0 for all
   * @throws IOException when the set is missing or unreadable, naming the file
   */
  public void run(Path shared, String set, Part part, int limit, PrintStream out,
      PrintStream log) throws IOException {
    Path folder = SharedFolder.root(shared).resolve("eval").resolve(set + "-eval");
    Path evaldata = folder.resolve("evaldata.json");
    if (!Files.isRegularFile(evaldata)) {
      throw new NoSuchFileException(evaldata.toString(), null, "no such gold set");
    }
    List<GoldPage> gold = new GoldSetReader().read(evaldata).stream()
        .filter(g -> part.holds(g.file())).toList();
    List<GoldPage> wanted = limit > 0 && limit < gold.size() ? gold.subList(0, limit) : gold;
    List<Page> pages = load(folder, wanted, log);
    if (pages.isEmpty()) {
      throw new IOException(folder + ": no readable pages");
    }
    List<ResultRow> rows = new ArrayList<>();
    try (GuardedRunner runner = new GuardedRunner(this.limit)) {
      // All warm up on every page before any is timed, so that each is timed at its steady
      // speed: no extractor pays for compiling code they share (the HTML parser) while the ones
      // after it get it ready, and one whose code takes longer to compile is not timed doing so.
      for (PageExtractor extractor : extractors) {
        pages.forEach(p -> runner.run(extractor, p));
      }
      for (PageExtractor extractor : extractors) {
        rows.add(score(extractor, pages, runner, log));
      }
    }
    new ResultTable(rows).print(heading(folder, part, pages), out);
    out.println("Metadata: " + MetadataScore.RULE + ".");
    out.printf(Locale.ROOT, "A crash or a run past %.1f s counts as empty output. Speeds time the "
        + "extraction call alone, on one thread, after every extractor ran every page once "
        + "untimed, and are the median of %d timed passes: CPU pg/s by that thread's CPU time "
        + "(one core, waits for it aside), wall pg/s by the wall clock.%s%n",
        this.limit.toMillis() / 1e3, TIMED_PASSES,
        StepTiming.measuresCpu() ? ""
            : " This JVM cannot read thread CPU time: CPU pg/s reads 0.");
  }

  /**
   * The gold pages decoded and flattened; an unreadable one is skipped, saying so on {@code log}.
   */
  static List<Page> load(Path folder, List<GoldPage> gold, PrintStream log) {
    PageLoader loader = new PageLoader(folder);
    List<Page> pages = new ArrayList<>();
    for (GoldPage g : gold) {
      try {
        pages.add(loader.load(g));
      } catch (IOException | RuntimeException e) {
        log.println("dossier: skipped " + g.file() + ": " + e.getMessage());
      }
    }
    return pages;
  }

  private static ResultRow score(PageExtractor extractor, List<Page> pages, GuardedRunner runner,
      PrintStream log) {
    ResultRow row = new ResultRow(extractor);
    Throwable firstError = null;
    for (Page page : pages) {
      GuardedRunner.Attempt attempt = runner.run(extractor, page);
      row.add(attempt, page.gold());
      firstError = firstError == null ? attempt.error() : firstError;
    }
    row.endPass();
    for (int pass = 1; pass < TIMED_PASSES; pass++) {
      pages.forEach(p -> row.time(runner.run(extractor, p)));
      row.endPass();
    }
    log.printf("%s: %d pages, %d crashed, %d timed out%s%n", extractor.name(), pages.size(),
        row.crashes(), row.timeouts(), firstError == null ? "" : " (first: " + firstError + ")");
    return row;
  }

  private static String heading(Path folder, Part part, List<Page> pages) {
    long with = pages.stream().mapToLong(p -> p.gold().with().size()).sum();
    long without = pages.stream().mapToLong(p -> p.gold().without().size()).sum();
    return String.format("Main-text extraction on %s, part %s: %d pages, %d main-text and %d "
        + "boilerplate segments (trafilatura's segment metric)", folder.getFileName(), part.label(),
        pages.size(), with, without);
  }
}
