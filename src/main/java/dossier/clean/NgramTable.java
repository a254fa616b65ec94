package dossier.clean;

import com.optimaize.langdetect.profiles.LanguageProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each language's profile has each n-gram, as Optimaize's {@code NgramFrequencyData}
 * holds it (the gram's count over all the profile's grams of its length), packed small. That
 * class keeps 70 probabilities for each of 114,000 grams, though a gram is in two or three
 * profiles on average; its 65 MB do not stay in any cache, so each look-up waited on memory.
 * This keeps only the languages that have the gram, in 5 MB.
 */
final class NgramTable {
  private static final double LOAD = 0.5;

  private final int languages;
  /** Open addressing: the gram keys ({@link Ngrams#key}), 0 for an empty slot. */
  private final long[] keys;
  /** For each slot, where its entries start in {@link #language} and {@link #probability}. */
  private final int[] starts;
  /** For each slot, how many entries it has. */
  private final byte[] counts;
  private final byte[] language;
  private final double[] probability;

  /** @param profiles in the order whose indices the probabilities are given by */
  NgramTable(List<LanguageProfile> profiles) {
    languages = profiles.size();
    if (languages > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("too many languages to pack: " + languages);
    }
    Map<Long, List<double[]>> byGram = new LinkedHashMap<>();
    for (int index = 0; index < languages; index++) {
      LanguageProfile profile = profiles.get(index);
      for (int length = 1; length <= 3; length++) {
        double occurrences = profile.getNumGramOccurrences(length);
        for (Map.Entry<String, Integer> gram : profile.iterateGrams(length)) {
          long key = Ngrams.key(gram.getKey(), 0, gram.getKey().length());
          byGram.computeIfAbsent(key, k -> new ArrayList<>())
              .add(new double[] {index, gram.getValue().doubleValue() / occurrences});
        }
      }
    }
    int slots = Integer.highestOneBit((int) (byGram.size() / LOAD)) * 2;
    keys = new long[slots];
    starts = new int[slots];
    counts = new byte[slots];
    int entries = byGram.values().stream().mapToInt(List::size).sum();
    language = new byte[entries];
    probability = new double[entries];
    int next = 0;
    for (Map.Entry<Long, List<double[]>> gram : byGram.entrySet()) {
      int slot = slotOf(gram.getKey());
      keys[slot] = gram.getKey();
      starts[slot] = next;
      counts[slot] = (byte) gram.getValue().size();
      for (double[] entry : gram.getValue()) {
        language[next] = (byte) entry[0];
        probability[next++] = entry[1];
      }
    }
  }

  int languages() {
    return languages;
  }

  /**
   * Multiplies each language's probability by {@code weight} plus that language's probability
   * of the gram, as Optimaize does; does nothing for a gram no profile has.
   */
  void update(double[] p, long gram, double weight) {
    int slot = slotOf(gram);
    if (keys[slot] == 0) {
      return;
    }
    int entry = starts[slot];
    int end = entry + counts[slot];
    for (int i = 0; i < p.length; i++) {
      // A language without the gram has probability 0 in Optimaize's table too.
      double given = entry < end && language[entry] == i ? probability[entry++] : 0.0;
      p[i] *= weight + given;
    }
  }

  /** The slot holding the gram, else the empty slot where it would go. */
  private int slotOf(long gram) {
    int mask = keys.length - 1;
    int slot = (int) ((gram * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    while (keys[slot] != 0 && keys[slot] != gram) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
