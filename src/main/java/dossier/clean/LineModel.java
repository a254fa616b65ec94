package dossier.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The weights of the logistic model that tells a scrape's main-text lines from furniture, one
 * a feature of {@link LineFeatures#NAMES}. They live in {@code line-model.tsv} beside this
 * class (a feature's name and its weight a line), written by {@code dossier eval fit-lines},
 * so that they can be refitted when the features change.
 */
public final class LineModel {
  static final String RESOURCE = "line-model.tsv";

  private final double[] weights;

  /** A model with one weight a feature, in the order of {@link TextLines#featureNames()}. */
  public LineModel(double[] weights) {
    if (weights.length != LineFeatures.NAMES.size()) {
      throw new IllegalArgumentException(weights.length + " weights for "
          + LineFeatures.NAMES.size() + " features");
    }
    this.weights = weights.clone();
  }

  /** The model shipped with the cleaner; a missing or mismatched file is a build error. */
  static LineModel bundled() {
    try (InputStream in = LineModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource dossier/clean/" + RESOURCE + " is missing");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the weights as the cleaner reads them back. */
  public void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# feature\tweight (written by: dossier eval fit-lines)");
    for (int k = 0; k < weights.length; k++) {
      lines.add(String.format(Locale.ROOT, "%s\t%.6f", LineFeatures.NAMES.get(k), weights[k]));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The log-odds that the line with these features is main text. */
  double score(double[] features) {
    double z = 0;
    for (int k = 0; k < weights.length; k++) {
      z += weights[k] * features[k];
    }
    return z;
  }

  /** Reads the file; its features must be {@link LineFeatures#NAMES}, in that order. */
  private static LineModel read(BufferedReader in) throws IOException {
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      names.add(cells[0]);
      values.add(Double.parseDouble(cells[1]));
    }
    if (!names.equals(LineFeatures.NAMES)) {
      throw new IllegalStateException(RESOURCE + " has features " + names + ", the code "
          + LineFeatures.NAMES + ": refit with dossier eval fit-lines");
    }
    return new LineModel(values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
