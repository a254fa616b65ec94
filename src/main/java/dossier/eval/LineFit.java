package dossier.eval;

import dossier.clean.LineModel;
import dossier.clean.TextLines;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refits the plain-text cleaner's line model: trafilatura's benchmark pages flattened to text,
 * their lines labelled by the gold segments they hold ({@link LineLabels}), an L2-regularised
 * logistic regression over the lines' features ({@link LogisticFit}). Fits on one part only
 * and reports line accuracy on it and on the other part.
 */
public final class LineFit {
  /** Enough to keep weights of rare features finite, little against ~5,000 lines. */
  private static final double LAMBDA = 1;

  /**
   * Fits, writes the weights to {@code out} and prints what it fitted on to {@code report}.
   *
   * @param shared the shared data folder, or null to look in the usual places
   * @param part the part to fit on: dev, so that test stays held out
   * @throws IOException when the set is missing or unreadable, naming the file
   */
  public void run(Path shared, Part part, Path out, PrintStream report, PrintStream log)
      throws IOException {
    Path folder = SharedFolder.root(shared).resolve("eval").resolve("trafilatura-eval");
    Path evaldata = folder.resolve("evaldata.json");
    if (!Files.isRegularFile(evaldata)) {
      throw new NoSuchFileException(evaldata.toString(), null, "no such gold set");
    }
    List<GoldPage> gold = new GoldSetReader().read(evaldata);
    Lines fit = lines(ExtractionEval.load(folder,
        gold.stream().filter(g -> part.holds(g.file())).toList(), log));
    double[] weights = LogisticFit.fit(fit.x(), fit.y(), LAMBDA);
    double offset = F1Offset.best(fit.logOdds(weights), fit.y());
    weights[TextLines.featureNames().indexOf("bias")] += offset;
    new LineModel(weights).write(out);
    report.printf(Locale.ROOT, "Line model fitted on part %s, intercept shifted %+.2f for F1: "
        + "%s; weights written to %s%n", part.label(), offset, fit.summary(weights), out);
    if (part != Part.ALL) {
      Part other = part == Part.DEV ? Part.TEST : Part.DEV;
      Lines held = lines(ExtractionEval.load(folder,
          gold.stream().filter(g -> other.holds(g.file())).toList(), log));
      report.printf(Locale.ROOT, "held out, part %s: %s%n", other.label(), held.summary(weights));
    }
  }

  /** The labelled lines of the pages, in page and line order. */
  static Lines lines(List<Page> pages) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (Page page : pages) {
      List<TextLines.Line> lines = TextLines.of(page.text());
      Boolean[] labels = LineLabels.of(lines.stream().map(TextLines.Line::text).toList(),
          page.gold());
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] != null && lines.get(i).judged()) {
          x.add(lines.get(i).features());
          y.add(labels[i]);
        }
      }
    }
    boolean[] labels = new boolean[y.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = y.get(i);
    }
    return new Lines(x.toArray(double[][]::new), labels);
  }

  /** Feature vectors and their labels, true for main text. */
  record Lines(double[][] x, boolean[] y) {

    double[] logOdds(double[] weights) {
      double[] z = new double[y.length];
      for (int i = 0; i < y.length; i++) {
        z[i] = LogisticFit.dot(weights, x[i]);
      }
      return z;
    }

    /** How many lines of each label, and how well the weights tell them apart. */
    String summary(double[] weights) {
      double[] z = logOdds(weights);
      int main = 0;
      int right = 0;
      double loss = 0;
      for (int i = 0; i < y.length; i++) {
        double p = LogisticFit.sigmoid(z[i]);
        main += y[i] ? 1 : 0;
        right += (p >= 0.5) == y[i] ? 1 : 0;
        loss -= Math.log(Math.max(1e-12, y[i] ? p : 1 - p));
      }
      return String.format(Locale.ROOT, "%d main-text and %d boilerplate lines, accuracy %.3f, "
          + "F1 %.3f, log-loss %.3f a line", main, y.length - main,
          right / (double) Math.max(1, y.length), F1Offset.f1(z, y, 0), loss / Math.max(1, y.length));
    }
  }
}
