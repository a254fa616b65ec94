package dossier;

import dossier.annotate.Annotator;
import dossier.clean.Cleaner;
import dossier.extract.Extractor;
import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.Extraction;
import dossier.model.Fingerprint;
import dossier.model.RawDoc;
import dossier.resolve.NearDuplicates;
import java.util.List;
import java.util.Set;

/**
 * The per-document stages after ingest: clean, annotate, extract. Pure and thread-safe. Its only
 * setting is its annotator list, so a {@link DocumentEngine} running elsewhere rebuilds an equal
 * pipeline from {@link #annotators()}.
 */
public final class DocumentPipeline {

  /** Languages the annotation pipeline has models for. */
  static final Set<String> ANNOTATED_LANGUAGES = Set.of("en");

  /**
   * About 85,000 words, five times the longest long-form report: a longer text is a dump, not a
   * report. CoreNLP holds every token of a document with its annotations in memory (on the order
   * of a kilobyte each) and annotates about 1,000 tokens/s, and cleaning grows faster than
   * linearly with length (2 MB of plain text took over a minute), so one such text would hold a
   * thread for minutes and take hundreds of MB.
   */
  static final int MAX_TEXT_CHARS = 500_000;

  /** What became of one document. Exactly one of {@code extraction} and {@code skipReason} is set. */
  public record Outcome(RawDoc raw, Extraction extraction, Fingerprint fingerprint, String skipReason,
      boolean annotated) {}

  private final Cleaner cleaner = new Cleaner();
  private final Extractor extractor = new Extractor();
  private final NearDuplicates nearDuplicates = new NearDuplicates();
  private final String annotators;

  public DocumentPipeline(String annotators) {
    this.annotators = annotators;
  }

  /** The CoreNLP annotators this pipeline runs. */
  public String annotators() {
    return annotators;
  }

  /** Loads the annotation models now rather than on the first document. */
  void load() {
    Annotator.shared(annotators);
  }

  /** One odd document must not end a build of thousands: its failure becomes a skip reason. */
  public Outcome processSafely(RawDoc raw) {
    try {
      return process(raw);
    } catch (StackOverflowError e) {
      // Recursive walks of markup overflow on pathological nesting (thousands of levels).
      return new Outcome(raw, null, null, "could not be analysed: nested too deeply", false);
    } catch (RuntimeException e) {
      return new Outcome(raw, null, null, "could not be analysed: " + e, false);
    }
  }

  Outcome process(RawDoc raw) {
    // Cleaning never lengthens plain text, so an overlong one is refused before the cleaner.
    if (raw.format() == RawDoc.Format.TEXT && raw.content().length() > MAX_TEXT_CHARS) {
      return tooLong(raw, raw.content().length());
    }
    Article article = cleaner.clean(raw);
    if (article.text().isBlank()) {
      return new Outcome(raw, null, null, reasonForEmpty(article), false);
    }
    if (article.text().length() > MAX_TEXT_CHARS) {
      return tooLong(raw, article.text().length());
    }
    if (!annotates(article.language())) {
      return new Outcome(raw, new Extraction(article, List.of(), List.of(), List.of(), List.of(), 0),
          fingerprint(article), null, false);
    }
    AnnotatedDoc doc = Annotator.shared(annotators).annotate(article, extractor::needsParse);
    return new Outcome(raw, extractor.extract(doc), fingerprint(article), null, true);
  }

  private static Outcome tooLong(RawDoc raw, int chars) {
    return new Outcome(raw, null, null,
        "too long to analyse (" + chars + " characters, limit " + MAX_TEXT_CHARS + ")", false);
  }

  private Fingerprint fingerprint(Article article) {
    return nearDuplicates.fingerprint(article.text());
  }

  /** Whether {@link #process} annotates this clean article rather than skipping or just storing it. */
  static boolean analysable(Article article) {
    return !article.text().isBlank() && article.text().length() <= MAX_TEXT_CHARS
        && annotates(article.language());
  }

  /** Undetermined language is annotated as English: short English texts often come out "und". */
  static boolean annotates(String language) {
    return ANNOTATED_LANGUAGES.contains(language) || "und".equals(language);
  }

  private static String reasonForEmpty(Article article) {
    boolean errorPage = article.removed().stream().anyMatch(r -> r.reason().equals("error-page"));
    return errorPage ? "error page, no story" : "no story text after cleaning";
  }
}
