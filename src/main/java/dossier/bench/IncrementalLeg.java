package dossier.bench;

import dossier.BuildListener;
import dossier.BuildSummary;
import dossier.Dossier;
import dossier.annotate.Annotator;
import dossier.model.Article;
import dossier.store.Store;
import dossier.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

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

  private final LegSpec spec;

  IncrementalLeg(LegSpec spec) {
    this.spec = spec;
  }

  Figures run() throws IOException, StoreException, SQLException {
    Path report = firstReport();
    Figures f = new Figures();
    Annotator.shared();
    try (TempStore warmUp = new TempStore()) {
      addOne(warmUp, report);
    }
    try (TempStore empty = new TempStore()) {
      put(f, EMPTY, addOne(empty, report));
    }
    try (TempStore full = new TempStore()) {
      Stopwatch fill = new Stopwatch();
      try (Store store = Store.open(full.file())) {
        new SyntheticReports().fill(store, spec.reports());
      }
      addAll(full);
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

  /** Resolves the filled store as the builds that stored its reports would have left it. */
  private static void addAll(TempStore store) throws StoreException {
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
