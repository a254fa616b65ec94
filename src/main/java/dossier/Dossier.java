package dossier;

import dossier.annotate.Annotator;
import dossier.clean.Cleaner;
import dossier.export.Brief;
import dossier.export.BriefWriter;
import dossier.export.JsonExporter;
import dossier.ingest.IngestException;
import dossier.ingest.Ingester;
import dossier.model.Article;
import dossier.model.Correction;
import dossier.model.Entity;
import dossier.model.Skipped;
import dossier.store.Store;
import dossier.store.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The front door: builds a knowledge base from reports, cleans reports, exports. The command
 * line, the server and the tests all go through here.
 *
 * <pre>{@code
 * try (Dossier dossier = Dossier.builder().database(Path.of("dossier.db")).build()) {
 *   BuildSummary summary = dossier.build(List.of(Path.of("reports")), BuildListener.NONE);
 *   dossier.exportJson(System.out);
 * }
 * }</pre>
 */
public final class Dossier implements AutoCloseable {

  /** Where the knowledge base goes unless told otherwise. */
  public static final Path DEFAULT_DATABASE = Path.of("dossier.db");

  private final Path database;
  private final String annotators;
  private final int threads;
  private final DocumentEngine engine;
  private Store store;

  private Dossier(Builder b) {
    this.database = b.database;
    this.annotators = b.annotators;
    this.threads = b.threads;
    this.engine = b.engine;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Ingests the given files and folders into the store: new documents are cleaned, annotated,
   * extracted and stored one transaction each, documents already stored are passed over (so a
   * rerun is idempotent and an interrupted build resumes), bad files are reported and skipped.
   * Then entities are resolved across the whole store. Documents are analysed on this JVM's
   * threads unless the builder was given a {@link DocumentEngine}.
   */
  public BuildSummary build(List<Path> paths, BuildListener listener) throws StoreException {
    return new Build(store(), new DocumentPipeline(annotators), threads, engine, listener).run(paths);
  }

  /**
   * Cleans the given files and folders without language analysis, passing each article to
   * {@code out} in input order and each unusable input to {@code skipped}.
   */
  public void clean(List<Path> paths, Consumer<Article> out, Consumer<Skipped> skipped) {
    Ingester ingester = new Ingester();
    Cleaner cleaner = new Cleaner();
    for (Path file : ingester.files(paths, skipped)) {
      try {
        out.accept(cleaner.clean(ingester.read(file)));
      } catch (IngestException e) {
        skipped.accept(new Skipped(e.origin(), e.reason()));
      } catch (StackOverflowError e) {
        // As in a build: pathological nesting must not end the run.
        skipped.accept(new Skipped(file.toString(), "could not be cleaned: nested too deeply"));
      }
    }
  }

  /**
   * Whether a build annotates this clean article: it has story text, not too long, in a language
   * with a pipeline. The others are skipped or stored without language analysis.
   */
  public static boolean annotates(Article article) {
    return DocumentPipeline.analysable(article);
  }

  /** Writes the whole knowledge base as JSON, export contract version 1. */
  public void exportJson(OutputStream out) throws StoreException, IOException {
    new JsonExporter().write(store(), out);
  }

  /** The resolved entities, the most mentioned first. */
  public List<Entity> entities() throws StoreException {
    return store().entities();
  }

  /**
   * Records a user's merge or split of two names and resolves again; the correction is kept in
   * the store and applied by every later build.
   */
  public void correct(Correction correction) throws StoreException {
    store().putCorrection(correction);
    Build.resolveEntities(store(), true);
  }

  /** Writes the analyst brief of the knowledge base. */
  public void report(BriefWriter.Format format, Writer out) throws StoreException, IOException {
    new BriefWriter(format).write(Brief.of(store()), out);
  }

  /** The store, opened on first use. */
  public synchronized Store store() throws StoreException {
    if (store == null) {
      store = Store.open(database);
    }
    return store;
  }

  @Override
  public synchronized void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }

  /** Settings for a {@link Dossier}; every one has a sensible default. */
  public static final class Builder {
    private Path database = DEFAULT_DATABASE;
    private String annotators = Annotator.DEFAULT_ANNOTATORS;
    private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private DocumentEngine engine;

    private Builder() {}

    /** The SQLite file of the knowledge base; created when missing. */
    public Builder database(Path file) {
      this.database = Objects.requireNonNull(file, "file");
      return this;
    }

    /** CoreNLP annotators, to trade accuracy for speed; must include tokenize, ssplit, pos, lemma, ner. */
    public Builder annotators(String list) {
      this.annotators = Objects.requireNonNull(list, "list");
      return this;
    }

    /** Documents annotated at once; one pipeline is shared by all threads. */
    public Builder threads(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + n);
      }
      this.threads = n;
      return this;
    }

    /**
     * Where builds analyse documents, such as a Spark cluster ({@code dossier.spark}); the
     * caller closes it. By default, this JVM's own threads.
     */
    public Builder engine(DocumentEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    public Dossier build() {
      return new Dossier(this);
    }
  }
}
