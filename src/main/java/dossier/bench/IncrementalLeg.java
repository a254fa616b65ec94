package dossier.bench;

import dossier.BuildListener;
import dossier.BuildSummary;
import dossier.Dossier;
import dossier.annotate.Annotator;
import dossier.model.Article;
import dossier.model.DocMentions;
import dossier.model.Mention;
import dossier.store.Store;
import dossier.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of adding one report by a build, to an empty store and to one holding many reports:
 * the whole build, and the part of it outside the report's own analysis (storing, copy
 * detection, entity resolution), which is what a store's size can slow down.
 */
final class IncrementalLeg {
  static final String EMPTY = "empty.";
  static final String FULL = "full.";
  static final String BUILD = "build.s";
  static final String DOCUMENT = "document.s";
  static final String AFTER = "after.s";
  static final String FILL = "fill.s";
  static final String CPU = "cpu.s";
  /** Timed adds to each store, whose medians are printed. */
  static final int ROUNDS = 3;
  /** Reports in the filled store that the report is first added to, untimed. */
  static final int WARM_UP_REPORTS = 1_000;

  /** A build and the CPU time the process spent on it (its threads, the JIT's and the GC's). */
  private record Timed(BuildSummary summary, double cpuSeconds) {}

  /** A store the report is added to in each round, with the adds timed there so far. */
  private record Target(TempStore store, List<Timed> timings) {}

  private final LegSpec spec;

  IncrementalLeg(LegSpec spec) {
    this.spec = spec;
  }

  Figures run() throws IOException, StoreException, SQLException {
    Path report = firstReport();
    Figures f = new Figures();
    Annotator.shared();
    List<Mention> names = warmUp(report, f);
    try (TempStore full = new TempStore()) {
      Stopwatch fill = new Stopwatch();
      fill(full, spec.reports(), names);
      f.put(FILL, fill.wallSeconds());
      timeRounds(full, report, f);
    }
    f.put("reports", spec.reports());
    return f;
  }

  /**
   * Times the report's adds to a new empty store and to a copy of the full one, one right after
   * the other and the first in {@link Turns}; puts the medians.
   */
  private static void timeRounds(TempStore full, Path report, Figures f) throws IOException {
    List<Timed> empty = new ArrayList<>();
    List<Timed> big = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      try (TempStore none = new TempStore(); TempStore copy = full.copy()) {
        for (Target target : Turns.of(List.of(new Target(none, empty), new Target(copy, big)),
            round)) {
          target.timings().add(timedAdd(target.store(), report));
        }
      }
    }
    put(f, EMPTY, empty);
    put(f, FULL, big);
  }

  /**
   * Adds the report to scratch stores: empty ones until the JIT compiler has settled, then one
   * filled store, so that both ways of resolving are warm. Returns the report's names.
   */
  private static List<Mention> warmUp(Path report, Figures f)
      throws IOException, StoreException, SQLException {
    List<Mention> names;
    try (TempStore first = new TempStore()) {
      addOne(first, report);
      names = namesByCount(first);
    }
    int passes = 1 + WarmUp.run(() -> {
      try (TempStore scratch = new TempStore()) {
        addOne(scratch, report);
      }
    });
    try (TempStore filled = new TempStore()) {
      fill(filled, WARM_UP_REPORTS, names);
      addOne(filled, report);
    }
    f.put(Figures.WARM_UP, passes);
    return names;
  }

  private Path firstReport() throws IOException {
    List<Article> articles = CorpusArticles.of(spec.corpus());
    if (articles.isEmpty()) {
      throw new IOException("no report to add in " + spec.corpus());
    }
    return Path.of(articles.get(0).origin());
  }

  /**
   * Adds the report, timed {@link Stopwatch#afterCollection after a collection}, with the
   * process's CPU, which waits for a core do not stretch.
   */
  private static Timed timedAdd(TempStore store, Path report) throws StoreException {
    Stopwatch clock = Stopwatch.afterCollection();
    BuildSummary s = addOne(store, report);
    return new Timed(s, clock.cpuSeconds());
  }

  private static BuildSummary addOne(TempStore store, Path report) throws StoreException {
    try (Dossier dossier = Dossier.builder().database(store.file()).threads(1).build()) {
      return dossier.build(List.of(report), BuildListener.NONE);
    }
  }

  /**
   * The report's names, one mention of each, the most mentioned first: the archive it joins
   * names its main actors most.
   */
  private static List<Mention> namesByCount(TempStore store) throws StoreException {
    Map<String, List<Mention>> byName = new HashMap<>();
    try (Store s = Store.open(store.file())) {
      for (DocMentions d : s.mentionsByDocument()) {
        d.mentions().forEach(m -> byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m));
      }
    }
    return byName.values().stream()
        .sorted(Comparator.comparingInt((List<Mention> l) -> -l.size())
            .thenComparing(l -> l.get(0).text()))
        .map(l -> l.get(0)).toList();
  }

  /**
   * Fills a store with synthetic reports, which also name the given names as an archive names
   * its main actors, and resolves them, as the builds that stored them would have left it.
   */
  private static void fill(TempStore store, int reports, List<Mention> names)
      throws StoreException, SQLException {
    try (Store s = Store.open(store.file())) {
      new SyntheticReports(names).fill(s, reports);
    }
    try (Dossier dossier = Dossier.builder().database(store.file()).threads(1).build()) {
      dossier.build(List.of(), BuildListener.NONE);
    }
  }

  /** The medians of the rounds' figures. */
  private static void put(Figures f, String prefix, List<Timed> rounds) {
    f.put(prefix + BUILD, Median.value(rounds, t -> t.summary().seconds()));
    f.put(prefix + CPU, Median.value(rounds, Timed::cpuSeconds));
    f.put(prefix + DOCUMENT, Median.value(rounds, t -> t.summary().annotateSeconds()));
    f.put(prefix + AFTER, Median.value(rounds, t -> t.summary().seconds()
        - t.summary().annotateSeconds() - t.summary().loadSeconds()));
  }

}
