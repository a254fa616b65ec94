package dossier.clean;

/**
 * The 1-, 2- and 3-grams of a text in the order Optimaize's standard extractor lists them, each
 * made only when asked for: the detector samples a few hundred of a text's thousands.
 *
 * <p>That list pads the text with a space at each end where it has none, then gives every
 * character but a space, every pair of characters, then every triple without a space in the
 * middle, each in text order.
 */
final class Ngrams {
  private final String padded;
  private final int[] singles;
  private final int singleCount;
  private final int[] triples;
  private final int tripleCount;

  Ngrams(String text) {
    String s = text.startsWith(" ") ? text : " " + text;
    padded = s.endsWith(" ") ? s : s + " ";
    int length = padded.length();
    singles = new int[length];
    triples = new int[length];
    int ones = 0;
    int threes = 0;
    for (int i = 0; i < length; i++) {
      if (padded.charAt(i) != ' ') {
        singles[ones++] = i;
      }
      if (i + 2 < length && padded.charAt(i + 1) != ' ') {
        triples[threes++] = i;
      }
    }
    singleCount = ones;
    tripleCount = threes;
  }

  int size() {
    return singleCount + pairCount() + tripleCount;
  }

  String get(int index) {
    if (index < singleCount) {
      return gram(singles[index], 1);
    }
    int pair = index - singleCount;
    return pair < pairCount() ? gram(pair, 2) : gram(triples[pair - pairCount()], 3);
  }

  private int pairCount() {
    return padded.length() - 1;
  }

  private String gram(int start, int length) {
    return padded.substring(start, start + length);
  }
}
