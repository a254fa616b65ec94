package dossier.eval;

import dossier.annotate.Annotator;
import dossier.eval.GuardedRunner.Status;
import dossier.extract.Extractor;
import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.Claim;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Scores Dossier's claims (source, cue, content) on PolNeAR's attribution gold: each article is
 * annotated with the default CoreNLP pipeline and run through the extractor, and its claims are
 * matched to the gold attributions of one annotator.
 */
public final class AttributionEval {
  /** The splits this project has; PolNeAR's test split is kept out of it for final evaluation. */
  public static final List<String> SPLITS = List.of("dev", "train");

  private static final Duration ARTICLE_LIMIT = Duration.ofMinutes(10);
  private static final Article WARM_UP = new Article("warm-up", "warm-up", "", null, null, null,
      null, "en", "The minister said on Monday that the talks would resume, officials told Reuters.",
      List.of());

  private final Function<Article, AnnotatedDoc> annotate;
  private final Function<AnnotatedDoc, List<Claim>> extract;
  private final Duration limit;

  /** Dossier's default annotation and extraction, each article limited to 10 minutes. */
  public AttributionEval() {
    this(new Extractor());
  }

  /** As a build annotates: the parser only on the sentences the extractor reads parsed. */
  private AttributionEval(Extractor extractor) {
    this(article -> Annotator.shared().annotate(article, extractor::needsParse),
        claimsOf(extractor), ARTICLE_LIMIT);
  }

  /** Another annotation pipeline with Dossier's extraction, to compare pipelines on the same gold. */
  public AttributionEval(Function<Article, AnnotatedDoc> annotate) {
    this(annotate, claimsOf(new Extractor()), ARTICLE_LIMIT);
  }

  AttributionEval(Function<Article, AnnotatedDoc> annotate,
      Function<AnnotatedDoc, List<Claim>> extract, Duration limit) {
    this.annotate = annotate;
    this.extract = extract;
    this.limit = limit;
  }

  /**
   * Runs the evaluation and prints its table to {@code out}, progress and skipped articles to
   * {@code log}.
   *
   * @param shared the shared data folder, or null to look in the usual places
   * @param split {@code dev} or {@code train}
   * @param limit how many articles at most, in file-name order; 0 for all
   * @throws IOException when the split is missing or has no readable article
   */
  public void run(Path shared, String split, int limit, PrintStream out, PrintStream log)
      throws IOException {
    Scored scored = score(shared, split, limit, log);
    new AttributionTable(scored.scorer(), scored.speed()).print(scored.heading(), out);
    notes(out, scored.speed());
  }

  /**
   * Runs the evaluation and returns its headline figures, progress and skipped articles going to
   * {@code log}; the arguments are those of {@link #run}.
   */
  public AttributionFigures figures(Path shared, String split, int limit, PrintStream log)
      throws IOException {
    Scored scored = score(shared, split, limit, log);
    return AttributionFigures.of(scored.articles(), scored.scorer());
  }

  private record Scored(AttributionScorer scorer, AttributionSpeed speed, String heading,
      int articles) {}

  private Scored score(Path shared, String split, int limit, PrintStream log) throws IOException {
    if (!SPLITS.contains(split)) {
      throw new IllegalArgumentException("no PolNeAR split " + split + "; use one of " + SPLITS);
    }
    Path root = SharedFolder.root(shared).resolve("eval").resolve("polnear");
    List<PolnearArticle> articles = new PolnearCorpus(root).read(split, limit, log);
    if (articles.isEmpty()) {
      throw new IOException(root.resolve(split) + ": no readable articles");
    }
    AttributionScorer scorer = new AttributionScorer();
    AttributionSpeed speed = new AttributionSpeed();
    try (AttributionGuard guard = new AttributionGuard(annotate, extract, this.limit)) {
      warmUp(guard);
      for (int i = 0; i < articles.size(); i++) {
        PolnearArticle article = articles.get(i);
        AttributionGuard.Attempt attempt = guard.run(article.article());
        scorer.add(attempt.claims().stream().map(AttributionRelation::of).toList(), article.gold());
        speed.add(attempt);
        progress(log, i + 1, articles.size(), article, attempt);
      }
    }
    return new Scored(scorer, speed, heading(root, split, articles), articles.size());
  }

  private static void progress(PrintStream log, int n, int of, PolnearArticle article,
      AttributionGuard.Attempt attempt) {
    log.printf(Locale.ROOT, "%d/%d %s: %d tokens annotated in %.1f s, %d claims, %d gold, %s%s%n",
        n, of, article.name(), attempt.tokens(), attempt.annotate().wallNanos() / 1e9,
        attempt.claims().size(), article.gold().size(), attempt.status(),
        attempt.error() == null ? "" : " (" + attempt.error() + ")");
  }

  private void notes(PrintStream out, AttributionSpeed speed) {
    out.printf("Crashed %d, timed out %d (past %d s): counted as no claims.%n", speed.crashes(),
        speed.timeouts(), limit.toSeconds());
    out.println("Claims are matched one to one to gold attributions by content, largest character "
        + "overlap first;");
    out.println("source and cue are scored within those pairs and as sets of distinct spans.");
    out.println("Exact: the same characters; overlap: one shared character or more (a discontinuous "
        + "gold span counts its pieces' characters).");
    out.println("Extraction time is the whole extractor (mentions, claims, events, quantities): an "
        + "upper bound on attribution's.");
  }

  private static Function<AnnotatedDoc, List<Claim>> claimsOf(Extractor extractor) {
    return doc -> extractor.extract(doc).claims();
  }

  /** Loads the pipeline and warms the JIT outside the timing; a pipeline that cannot start stops here. */
  private static void warmUp(AttributionGuard guard) {
    AttributionGuard.Attempt attempt = guard.run(WARM_UP);
    if (attempt.status() != Status.OK) {
      throw new IllegalStateException("the pipeline failed on a warm-up sentence", attempt.error());
    }
  }

  private static String heading(Path root, String split, List<PolnearArticle> articles) {
    long twice = articles.stream().filter(a -> a.annotations() > 1).count();
    long gold = articles.stream().mapToLong(a -> a.gold().size()).sum();
    return String.format("Attribution on PolNeAR %s (%s): %d articles, %d gold attributions.%n"
        + "Gold: one annotator per article, the first in sorted order (%d of these articles have two "
        + "or more).", split, root.resolve(split), articles.size(), gold, twice);
  }
}
