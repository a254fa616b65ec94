package dossier.resolve;

import dossier.model.Fingerprint;
import info.debatty.java.lsh.LSHMinHash;
import info.debatty.java.lsh.MinHash;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Near-duplicate reports by MinHash over word 5-grams, with LSH bands so that finding the copies
 * of a new report costs a few index lookups however large the store is.
 */
public final class NearDuplicates {
  /** Reports sharing at least this share of their 5-grams are copies of one story. */
  public static final double COPY = 0.5;
  private static final int SHINGLE = 5;
  private static final int SIGNATURE = 128;
  /** 32 bands of 4 rows: a pair at Jaccard 0.5 shares a band with probability 0.87. */
  private static final int BANDS = 32;
  private static final int BUCKETS = 1 << 30;
  private static final int DICTIONARY = 1 << 24;
  private static final long SEED = 20190325L;

  private final MinHash minhash = new MinHash(SIGNATURE, DICTIONARY, SEED);
  private final LSHMinHash lsh = new LSHMinHash(BANDS, BUCKETS, DICTIONARY, SEED);

  public Fingerprint fingerprint(String text) {
    int[] signature = minhash.signature(shingles(text));
    return new Fingerprint(signature, lsh.hashSignature(signature));
  }

  /** Estimated Jaccard similarity of the two reports' 5-grams. */
  public double similarity(int[] a, int[] b) {
    return minhash.similarity(a, b);
  }

  private static Set<Integer> shingles(String text) {
    List<String> words = Names.words(text);
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      out.add(Math.floorMod(String.join(" ", words.subList(i, i + SHINGLE)).hashCode(), DICTIONARY));
    }
    if (out.isEmpty()) {
      out.add(Math.floorMod(String.join(" ", words).hashCode(), DICTIONARY));
    }
    return out;
  }
}
