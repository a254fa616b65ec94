package dossier;

import dossier.DocumentPipeline.Outcome;
import dossier.ingest.IngestException;
import dossier.ingest.Ingester;
import dossier.model.Copy;
import dossier.model.DocMentions;
import dossier.model.NameUse;
import dossier.model.RawDoc;
import dossier.model.Skipped;
import dossier.resolve.NameLookup;
import dossier.resolve.NearDuplicates;
import dossier.resolve.Resolver;
import dossier.store.Store;
import dossier.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One run of {@link Dossier#build}. Files are read in order on the calling thread, cleaned and
 * annotated on a small pool (or in batches by a {@link DocumentEngine}), and stored in input
 * order on the calling thread, so the store has a single writer and a crash loses at most the
 * documents in flight.
 */
final class Build {
  /**
   * New reports are resolved against the names they can join while they are fewer than this
   * share of the store (1/FEW); more, and one pass over the store is quicker.
   */
  private static final int FEW = 4;
  /**
   * Documents read ahead of the store per annotating thread. Outcomes are stored in input order,
   * so while a long document at the head is annotated the other threads work through those
   * behind it; with two per thread they soon ran out and waited (3% of their time in a
   * two-thread build of the bench's corpus, on a busy machine). Four keep them busy for the cost
   * of a few more raw texts and extractions held; a crash loses no more than these.
   */
  private static final int AHEAD_PER_THREAD = 4;
  private final Store store;
  private final DocumentPipeline pipeline;
  private final int threads;
  private final BuildListener listener;
  private final DocumentEngine engine;
  private final Ingester ingester = new Ingester();
  private final List<Skipped> skipped = new ArrayList<>();
  private final Map<String, String> seenThisRun = new HashMap<>();
  private int added;
  private int alreadyStored;
  private int notAnnotated;
  private long tokens;
  private long loadNanos;
  private boolean listed;

  /** @param engine where documents are analysed, or null for this JVM's own pool */
  Build(Store store, DocumentPipeline pipeline, int threads, DocumentEngine engine,
      BuildListener listener) {
    this.store = store;
    this.pipeline = pipeline;
    this.threads = threads;
    this.engine = engine;
    this.listener = listener;
  }

  BuildSummary run(List<Path> paths) throws StoreException {
    long start = System.nanoTime();
    List<Path> files = ingester.files(paths, this::skip);
    listed = true;
    listener.started(files.size());
    if (engine != null) {
      processInBatches(files);
    } else {
      processInPool(files);
    }
    double documentSeconds = (System.nanoTime() - start - loadNanos) / 1e9;
    for (Skipped s : skipped) {
      store.putSkipped(s);
    }
    listener.resolving();
    linkCopies();
    resolveEntities(store, false);
    Store.Counts counts = store.counts();
    return new BuildSummary(files.size(), added, alreadyStored, skipped, notAnnotated,
        counts.documents(), counts.entities(), counts.claims(), tokens, loadNanos / 1e9,
        documentSeconds, (System.nanoTime() - start) / 1e9);
  }

  /** Analyses documents on this JVM's pool, a few in flight ahead of the store. */
  private void processInPool(List<Path> files) throws StoreException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dossier-annotate");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    try {
      for (Path file : files) {
        RawDoc raw = readNew(file);
        if (raw != null) {
          loadModelsOnce();
          inFlight.add(pool.submit(() -> pipeline.processSafely(raw)));
        }
        while (inFlight.size() >= AHEAD_PER_THREAD * threads) {
          finish(inFlight.poll());
        }
      }
      while (!inFlight.isEmpty()) {
        finish(inFlight.poll());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Hands new documents to the engine a batch at a time and stores each batch's outcomes. */
  private void processInBatches(List<Path> files) throws StoreException {
    List<RawDoc> batch = new ArrayList<>();
    for (Path file : files) {
      RawDoc raw = readNew(file);
      if (raw != null) {
        batch.add(raw);
      }
      if (batch.size() >= engine.batchSize()) {
        processBatch(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      processBatch(batch);
    }
  }

  private void processBatch(List<RawDoc> batch) throws StoreException {
    List<Outcome> outcomes = engine.process(batch, pipeline);
    if (outcomes.size() != batch.size()) {
      throw new IllegalStateException(
          "engine gave " + outcomes.size() + " outcomes for " + batch.size() + " documents");
    }
    for (Outcome outcome : outcomes) {
      finish(outcome);
    }
  }

  /**
   * Indexes the names of reports new since the last resolution, then resolves their entities,
   * with the user's corrections: against the stored names they can join when they are few
   * beside the store, else (or when {@code everything}) over the whole store. Both give the
   * same entities.
   */
  static void resolveEntities(Store store, boolean everything) throws StoreException {
    List<DocMentions> fresh = store.unnamedDocuments();
    Map<Long, List<NameUse>> names = new LinkedHashMap<>();
    fresh.forEach(d -> names.put(d.doc(), Resolver.names(d)));
    store.putNames(names);
    Resolver resolver = new Resolver();
    if (everything || fresh.size() * FEW >= store.documentCount()) {
      store.replaceEntities(resolver.resolve(store.mentionsByDocument(), store.corrections()));
    } else if (!fresh.isEmpty()) {
      List<NameUse> uses = new ArrayList<>();
      names.values().forEach(uses::addAll);
      try {
        store.replaceEntitiesOf(fresh.get(0).doc(),
            resolver.resolveAround(uses, lookup(store), store.corrections()));
      } catch (LookupFailed e) {
        throw e.failure;
      }
    }
  }

  private static NameLookup lookup(Store store) {
    return (prefix, sink) -> {
      try {
        store.forEachName(prefix, sink);
      } catch (StoreException e) {
        throw new LookupFailed(e);
      }
    };
  }

  /** Carries a store's failure out through the resolver, which knows nothing of stores. */
  private static final class LookupFailed extends RuntimeException {
    private final StoreException failure;

    LookupFailed(StoreException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  /** Loads the language models before the first new document, so that their loading is not
   * counted as annotation time; a rebuild with nothing new never loads them. */
  private void loadModelsOnce() {
    if (loadNanos == 0) {
      long t = System.nanoTime();
      pipeline.load();
      loadNanos = Math.max(1, System.nanoTime() - t);
    }
  }

  /** Finds the earlier reports that each new one copies, through the LSH bands in the store. */
  private void linkCopies() throws StoreException {
    NearDuplicates near = new NearDuplicates();
    for (Store.Candidates c : store.unlinked()) {
      List<Copy> copies = new ArrayList<>();
      c.earlier().forEach((doc, minhash) -> {
        double similarity = near.similarity(c.minhash(), minhash);
        if (similarity >= NearDuplicates.COPY) {
          copies.add(new Copy(c.doc(), doc, similarity));
        }
      });
      store.putLineage(c.doc(), copies);
    }
  }

  /** Reads a file unless it is unreadable or already known; null when there is nothing to do. */
  private RawDoc readNew(Path file) throws StoreException {
    RawDoc raw;
    try {
      raw = ingester.read(file);
    } catch (IngestException e) {
      skip(new Skipped(e.origin(), e.reason()));
      return null;
    }
    if (store.contains(raw.contentHash())) {
      alreadyStored++;
      listener.done(raw.origin());
      return null;
    }
    String first = seenThisRun.putIfAbsent(raw.contentHash(), raw.origin());
    if (first != null) {
      skip(new Skipped(raw.origin(), "exact duplicate of " + first));
      return null;
    }
    return raw;
  }

  private void finish(Future<Outcome> future) throws StoreException {
    finish(await(future));
  }

  private void finish(Outcome outcome) throws StoreException {
    if (outcome.skipReason() != null) {
      skip(new Skipped(outcome.raw().origin(), outcome.skipReason()));
      return;
    }
    store.put(outcome.extraction(), outcome.fingerprint());
    added++;
    tokens += outcome.extraction().tokens();
    if (!outcome.annotated()) {
      notAnnotated++;
    }
    listener.done(outcome.raw().origin());
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("document pipeline failed", e.getCause());
    }
  }

  private void skip(Skipped s) {
    skipped.add(s);
    listener.skipped(s);
    if (listed) {
      listener.done(s.origin());
    }
  }
}
