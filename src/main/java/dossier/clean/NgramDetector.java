package dossier.clean;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.tika.language.detect.LanguageNames;

/**
 * Optimaize's language detector as Tika's {@code OptimaizeLangDetector} sets it up (the built-in
 * profiles, 1- to 3-grams), giving the same answer for the same text, for about a third of the
 * CPU: it makes only the n-grams it samples, not all of them. The method is Optimaize's: seven
 * trials, each multiplying the languages' probabilities by those of up to a thousand n-grams
 * drawn at random (a fixed seed, so answers repeat) until one language is near certain; then the
 * trials' mean. Stateless after loading, so thread-safe.
 */
final class NgramDetector {
  private static final List<Integer> GRAM_LENGTHS = List.of(1, 2, 3);
  private static final long SEED = 41;
  private static final int TRIALS = 7;
  private static final int MAX_DRAWS = 1000;
  private static final int DRAWS_PER_CHECK = 5;
  private static final double ALPHA = 0.5;
  private static final double ALPHA_WIDTH = 0.05;
  private static final double BASE_FREQUENCY = 10_000;
  private static final double CONVERGED = 0.99999;
  /** Languages less likely than this are no answer. */
  private static final double MIN_PROBABILITY = 0.1;
  /** Optimaize takes another way with shorter texts than this, which this does not copy. */
  private static final int MIN_LENGTH = 30;

  private final NgramFrequencyData frequencies;
  private final String[] codes;

  private NgramDetector(NgramFrequencyData frequencies) {
    this.frequencies = frequencies;
    this.codes = frequencies.getLanguageList().stream().map(NgramDetector::code)
        .toArray(String[]::new);
  }

  /** Reads the built-in profiles (seconds). */
  static NgramDetector load() {
    try {
      // Added one by one to a hash set, as Optimaize's builder does, so that the languages come
      // in its order: the sums over them, and so the answers, depend on it.
      Set<LanguageProfile> profiles = new HashSet<>();
      for (LanguageProfile p : new LanguageProfileReader().readAllBuiltIn()) {
        profiles.add(p);
      }
      return new NgramDetector(NgramFrequencyData.create(profiles, GRAM_LENGTHS));
    } catch (IOException e) {
      throw new UncheckedIOException("the language profiles in Optimaize's jar are unreadable", e);
    }
  }

  /**
   * The ISO 639-1 code of the text's likeliest language, or null when none is likely enough.
   *
   * @param text at least 30 characters
   */
  String language(String text) {
    if (text.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("too short for the sampling method: " + text.length());
    }
    // Tika hands Optimaize the text followed by a space.
    Ngrams grams = new Ngrams(text + " ");
    if (grams.size() == 0) {
      return null;
    }
    double[] mean = new double[codes.length];
    Random random = new Random(SEED);
    for (int trial = 0; trial < TRIALS; trial++) {
      double[] p = trial(grams, random);
      for (int i = 0; i < mean.length; i++) {
        mean[i] += p[i] / TRIALS;
      }
    }
    int best = -1;
    for (int i = 0; i < mean.length; i++) {
      if (mean[i] >= MIN_PROBABILITY && (best < 0 || mean[i] > mean[best])) {
        best = i;
      }
    }
    return best < 0 ? null : codes[best];
  }

  private double[] trial(Ngrams grams, Random random) {
    double[] p = new double[codes.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = 1.0 / codes.length;
    }
    double weight = (ALPHA + random.nextGaussian() * ALPHA_WIDTH) / BASE_FREQUENCY;
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      double[] given = frequencies.getProbabilities(grams.get(random.nextInt(grams.size())));
      if (given != null) {
        for (int i = 0; i < p.length; i++) {
          p[i] *= weight + given[i];
        }
      }
      if (draw % DRAWS_PER_CHECK == 0 && normalize(p) > CONVERGED) {
        break;
      }
    }
    return p;
  }

  /** Scales the probabilities to sum to 1; returns the largest. */
  private static double normalize(double[] p) {
    double sum = 0;
    for (double x : p) {
      sum += x;
    }
    double max = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
      if (max < p[i]) {
        max = p[i];
      }
    }
    return max;
  }

  /** The language part of the name Tika gives the profile's locale. */
  private static String code(LdLocale locale) {
    String name = LanguageNames.makeName(locale.getLanguage(), locale.getScript().orNull(),
        locale.getRegion().orNull());
    int dash = name.indexOf('-');
    return dash < 0 ? name : name.substring(0, dash);
  }
}
