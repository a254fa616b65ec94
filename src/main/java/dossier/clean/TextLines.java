package dossier.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A plain-text scrape's lines as the cleaner's line model sees them, each with its features:
 * what {@code dossier eval fit-lines} fits {@link LineModel} on.
 */
public final class TextLines {
  /**
   * One line of a scrape.
   *
   * @param text the line as the cleaner splits it, spaces squeezed
   * @param features its vector, in the order of {@link #featureNames()}
   * @param judged whether the model judges it: not furniture by its wording, which goes first,
   *     nor a repeat of a line above, which goes as a duplicate
   */
  public record Line(String text, double[] features, boolean judged) {}

  private TextLines() {}

  /** The features' names. */
  public static List<String> featureNames() {
    return LineFeatures.NAMES;
  }

  /** The scrape's lines, in order. */
  public static List<Line> of(String scrape) {
    List<String> texts = PlainTextBlocks.split(scrape).stream().map(Block::text).toList();
    double[][] features = LineFeatures.of(texts);
    FurnitureSpotter furniture = new FurnitureSpotter();
    Set<String> seen = new HashSet<>();
    return IntStream.range(0, texts.size()).mapToObj(i -> new Line(texts.get(i), features[i],
        seen.add(texts.get(i)) && furniture.spot(texts.get(i)).isEmpty())).toList();
  }
}
