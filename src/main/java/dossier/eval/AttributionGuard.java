package dossier.eval;

import dossier.eval.GuardedRunner.Status;
import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.Claim;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Annotates one article and extracts its claims so that no article can stop the evaluation:
 * anything thrown and any run past the time limit become no claims. Times the two steps apart.
 */
final class AttributionGuard implements AutoCloseable {
  /** One article's result; {@code tokens} is 0 when annotation did not finish. */
  record Attempt(List<Claim> claims, int tokens, StepTiming annotate,
      StepTiming extract, Status status, Throwable error) {
    Attempt {
      claims = List.copyOf(claims);
    }
  }

  private final Function<Article, AnnotatedDoc> annotate;
  private final Function<AnnotatedDoc, List<Claim>> extract;
  private final TimeLimit limit;

  AttributionGuard(Function<Article, AnnotatedDoc> annotate,
      Function<AnnotatedDoc, List<Claim>> extract, Duration limit) {
    this.annotate = annotate;
    this.extract = extract;
    this.limit = new TimeLimit(limit, "eval-attribution");
  }

  Attempt run(Article article) {
    TimeLimit.Outcome<Attempt> outcome = limit.run(() -> timed(article));
    if (outcome.timedOut()) {
      return new Attempt(List.of(), 0, new StepTiming(limit.limit().toNanos(), 0),
          StepTiming.NONE, Status.TIMED_OUT, null);
    }
    return outcome.error() != null
        ? new Attempt(List.of(), 0, StepTiming.NONE, StepTiming.NONE,
            Status.CRASHED, outcome.error())
        : outcome.value();
  }

  private Attempt timed(Article article) {
    StepTiming start = StepTiming.now();
    AnnotatedDoc doc;
    try {
      doc = annotate.apply(article);
    } catch (Throwable t) {
      return new Attempt(List.of(), 0, StepTiming.since(start), StepTiming.NONE,
          Status.CRASHED, t);
    }
    StepTiming annotated = StepTiming.since(start);
    StepTiming extracting = StepTiming.now();
    try {
      List<Claim> claims = extract.apply(doc);
      return new Attempt(claims, doc.tokenCount(), annotated, StepTiming.since(extracting),
          Status.OK, null);
    } catch (Throwable t) {
      return new Attempt(List.of(), doc.tokenCount(), annotated, StepTiming.since(extracting),
          Status.CRASHED, t);
    }
  }

  @Override
  public void close() {
    limit.close();
  }
}
