package dossier.model;

/**
 * What near-duplicate detection keeps of a report: a MinHash signature of its word shingles and
 * the LSH buckets of that signature, one per band.
 */
public record Fingerprint(int[] minhash, int[] bands) {
  public Fingerprint {
    minhash = minhash.clone();
    bands = bands.clone();
  }

  @Override
  public int[] minhash() {
    return minhash.clone();
  }

  @Override
  public int[] bands() {
    return bands.clone();
  }
}
