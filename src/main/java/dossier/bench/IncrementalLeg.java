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
  private static final int WARM_UP = 1_000;

  private final LegSpec spec;

  IncrementalLeg(LegSpec spec) {
    this.spec = spec;
  }

  Figures run() throws IOException, StoreException, SQLException {
    Path report = firstReport();
    Figures f = new Figures();
    Annotator.shared();
    // Warms up both ways of resolving: over the whole of a new store, against a filled one.
    List<Mention> names;
    try (TempStore warmUp = new TempStore()) {
      addOne(warmUp, report);
      names = namesByCount(warmUp);
    }
    try (TempStore warmUp = new TempStore()) {
      fill(warmUp, WARM_UP, names);
      addOne(warmUp, report);
    }
    try (TempStore empty = new TempStore()) {
      put(f, EMPTY, addOne(empty, report));
    }
    try (TempStore full = new TempStore()) {
      Stopwatch fill = new Stopwatch();
      fill(full, spec.reports(), names);
      f.put(FILL, fill.wallSeconds());
      put(f, FULL, addOne(full, report));
    }
    f.put("reports", spec.reports());
    return f;
  }

  private Path firstReport() throws IOException {
    List<Article> articles = CorpusArticles.of(spec.corpus());
    if (articles.isEmpty()) {
      throw new IOException("no report to add in " + spec.corpus());
    }
    return Path.of(articles.get(0).origin());
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

  private static void put(Figures f, String prefix, BuildSummary s) {
    f.put(prefix + BUILD, s.seconds());
    f.put(prefix + DOCUMENT, s.annotateSeconds());
    f.put(prefix + AFTER, s.seconds() - s.annotateSeconds() - s.loadSeconds());
  }
}
