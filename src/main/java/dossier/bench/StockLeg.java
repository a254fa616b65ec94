package dossier.bench;

import dossier.annotate.StockPipeline;
import dossier.eval.AttributionEval;
import dossier.model.Article;
import java.io.IOException;
import java.util.List;

/**
 * Leg (a): CoreNLP's full stack with stock settings on the corpus's clean text, one thread,
 * timed after {@link WarmUp} passes so that JIT compilation is not counted, and {@link
 * Stopwatch#afterCollection after a collection} (as in leg b).
 */
final class StockLeg {
  private final LegSpec spec;

  StockLeg(LegSpec spec) {
    this.spec = spec;
  }

  Figures run() throws IOException {
    List<Article> articles = CorpusArticles.of(spec.corpus());
    Figures f = new Figures();
    StockPipeline pipeline;
    try (HeapPeak heap = new HeapPeak()) {
      Stopwatch load = new Stopwatch();
      pipeline = new StockPipeline(StockPipeline.NAIVE_ANNOTATORS);
      f.put(Figures.LOAD, load.wallSeconds());
      StockPipeline warm = pipeline;
      f.put(Figures.WARM_UP, WarmUp.run(() -> annotate(warm, articles)));
      Stopwatch run = Stopwatch.afterCollection();
      f.speed(articles.size(), annotate(pipeline, articles), run);
      f.put(Figures.HEAP, heap.mebibytes());
    }
    if (spec.polnearLimit() > 0) {
      f.attribution(new AttributionEval(pipeline::annotate)
          .figures(spec.shared(), "dev", spec.polnearLimit(), System.err));
    }
    return f;
  }

  /** Annotates every article, returning the tokens. */
  private static long annotate(StockPipeline pipeline, List<Article> articles) {
    long tokens = 0;
    for (Article article : articles) {
      tokens += pipeline.annotate(article).tokenCount();
    }
    return tokens;
  }
}
