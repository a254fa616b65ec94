package dossier.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shallow features of each line of a scrape, in the spirit of boilerpipe's: its own length,
 * punctuation and capitals, the same for its neighbours, whether it repeats or echoes the page
 * title, and where it stands to the densest run of prose and to the headline. Not its place in
 * the page: a scrape of a bare story ends with its last paragraph. The first line of a scrape
 * is taken for the page title.
 */
final class LineFeatures {
  /** The features' names, in the order of each line's vector. */
  static final List<String> NAMES = List.of("logWords", "endsSentence", "lowerShare",
      "capitalShare", "endsColon", "separator", "repeated", "titleShare", "short",
      "prevLogWords", "prevEndsSentence", "nextLogWords", "nextEndsSentence", "bias",
      "inDenseRun", "beforeDenseRun", "afterHeadline", "beforeHeadline",
      "inDenseRun*logWords", "inDenseRun*endsSentence", "inDenseRun*short",
      "beforeDenseRun*logWords", "logWords*endsSentence", "titleShare*short",
      "inDenseRun*capitalShare", "logWordsSquared/10");
  private static final int SHORT_WORDS = 3;

  private LineFeatures() {}

  /** One vector a line, in the order of {@link #NAMES}. */
  static double[][] of(List<String> texts) {
    List<ScrapeLine> lines = texts.stream().map(ScrapeLine::new).toList();
    int n = lines.size();
    String ownTitle = n == 0 ? "" : ScrapeLine.ownTitle(texts.get(0));
    Set<String> title = new ScrapeLine(ownTitle).wordSet();
    Map<String, Integer> counts = new HashMap<>();
    texts.forEach(t -> counts.merge(t, 1, Integer::sum));
    double[][] own = new double[n][];
    for (int i = 0; i < n; i++) {
      own[i] = own(lines.get(i), counts, title);
    }
    DenseRun.Run run = DenseRun.find(lines, ownTitle, title);
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      // The first and last lines stand in for their missing neighbours.
      double[] prev = own[Math.max(0, i - 1)];
      double[] next = own[Math.min(n - 1, i + 1)];
      int headline = run.headline();
      double[] context = {prev[0], prev[1], next[0], next[1], 1,
          flag(run.contains(i)), flag(i < run.start()), flag(headline >= 0 && i > headline),
          flag(headline >= 0 && i < headline)};
      out[i] = withPairs(concat(own[i], context));
    }
    return out;
  }

  private static double[] own(ScrapeLine line, Map<String, Integer> counts, Set<String> title) {
    Set<String> words = line.wordSet();
    double titleShare = title.isEmpty() ? 0
        : words.stream().filter(title::contains).count() / (double) title.size();
    return new double[] {Math.log1p(line.length), flag(line.endsSentence()),
        line.share(Character::isLowerCase), line.share(Character::isUpperCase),
        flag(line.endsColon()), flag(line.hasSeparator()), flag(repeatedLabel(line, counts)),
        titleShare, flag(line.length <= SHORT_WORDS)};
  }

  /**
   * A line that is not prose and comes more than once: menus and labels repeat in headers and
   * footers. A repeated paragraph is not counted, since a scrape often repeats the lead and the
   * first copy is the story's (the later ones go as duplicates).
   */
  private static boolean repeatedLabel(ScrapeLine line, Map<String, Integer> counts) {
    return counts.get(line.text) > 1 && !Words.isProse(line.text);
  }

  /** Products of features whose weight depends on one another: a long line in the run. */
  private static double[] withPairs(double[] f) {
    double words = f[0];
    double ends = f[1];
    double capitals = f[3];
    double title = f[7];
    double isShort = f[8];
    double in = f[14];
    double before = f[15];
    return concat(f, new double[] {in * words, in * ends, in * isShort, before * words,
        words * ends, title * isShort, in * capitals, words * words / 10});
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = new double[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
