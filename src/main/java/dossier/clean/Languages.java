package dossier.clean;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/** Tells the language of a clean text as an ISO 639-1 code, {@code und} when unsure. */
final class Languages {
  static final String UNDETERMINED = "und";
  /** Fewer letters than this are too few to tell languages apart reliably. */
  private static final int MIN_LETTERS = 40;
  /**
   * The start of a long text tells its language as well as the whole: on the 990 pages of the
   * extraction benchmark, the first 1,000 characters and the first 2,000 disagree on one page,
   * and detection takes time in proportion to the sample.
   */
  private static final int SAMPLE_CHARS = 1000;

  private static final AtomicBoolean PRELOADING = new AtomicBoolean();

  private Languages() {}

  /**
   * Starts loading the language profiles (seconds) in the background, so that the first
   * {@link #detect} finds them ready or nearly.
   */
  static void preload() {
    if (PRELOADING.getAndSet(true)) {
      return;
    }
    Thread loader = new Thread(Holder::ready, "language-profiles");
    loader.setDaemon(true);
    loader.start();
  }

  static String detect(String text) {
    String sample = text.substring(0, Math.min(text.length(), SAMPLE_CHARS));
    if (!hasLetters(sample, MIN_LETTERS)) {
      return UNDETERMINED;
    }
    LanguageResult result = Holder.detect(sample);
    if (result.isUnknown()) {
      return UNDETERMINED;
    }
    String code = result.getLanguage();
    int dash = code.indexOf('-');
    return dash < 0 ? code : code.substring(0, dash);
  }

  /** Whether the text has at least that many letters; it stops counting there. */
  private static boolean hasLetters(String text, int wanted) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < wanted; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= wanted;
  }

  /** The detector's profiles take a moment to load, so once per process, on first use. */
  private static final class Holder {
    private static final LanguageDetector DETECTOR = new OptimaizeLangDetector().loadModels();

    /** Does nothing; calling it loads the class, and so the profiles. */
    static void ready() {}

    /** The detector keeps the text it is given, so calls take turns. */
    static synchronized LanguageResult detect(String text) {
      return DETECTOR.detect(text);
    }
  }
}
