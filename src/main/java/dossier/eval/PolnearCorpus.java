package dossier.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads one split of PolNeAR ({@code polnear/<split>/text} and {@code attributions}): each article
 * with the annotation of its first annotator in sorted order, and its date from
 * {@code metadata.tsv}.
 */
final class PolnearCorpus {
  private final Path root;

  /** @param root the {@code polnear} folder */
  PolnearCorpus(Path root) {
    this.root = root;
  }

  /**
   * The split's articles in file-name order, at most {@code limit} (0 for all). An article
   * without annotation or with an unreadable one is skipped and logged.
   *
   * @throws IOException when the split's folders are missing
   */
  List<PolnearArticle> read(String split, int limit, PrintStream log) throws IOException {
    Path folder = root.resolve(split);
    Map<String, List<String>> annotators = annotators(folder.resolve("attributions"));
    Map<String, LocalDate> dates = dates(root.resolve("metadata.tsv"), log);
    List<PolnearArticle> out = new ArrayList<>();
    for (Path text : texts(folder.resolve("text"), limit)) {
      String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
      List<String> who = annotators.get(name);
      if (who == null) {
        log.println("dossier: skipped " + text + ": no annotation");
        continue;
      }
      try {
        out.add(article(folder, name, who, dates.get(name)));
      } catch (IOException e) {
        log.println("dossier: skipped " + name + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static PolnearArticle article(Path folder, String name, List<String> annotators,
      LocalDate published) throws IOException {
    String text = Files.readString(folder.resolve("text").resolve(name + ".txt"), StandardCharsets.UTF_8);
    String annotator = annotators.get(0);
    Path ann = folder.resolve("attributions").resolve(name + "_" + annotator + ".ann");
    return new PolnearArticle(name, text, published, annotator, annotators.size(),
        new PolnearBratReader().read(ann, text));
  }

  private static List<Path> texts(Path folder, int limit) throws IOException {
    requireFolder(folder);
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
          .limit(limit > 0 ? limit : Long.MAX_VALUE).toList();
    }
  }

  /** Article name → its annotators in sorted order, from {@code <name>_<annotator>.ann}. */
  private static Map<String, List<String>> annotators(Path folder) throws IOException {
    requireFolder(folder);
    Map<String, List<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (String file : files.map(f -> f.getFileName().toString()).sorted().toList()) {
        int cut = file.lastIndexOf('_');
        if (file.endsWith(".ann") && cut > 0) {
          out.computeIfAbsent(file.substring(0, cut), k -> new ArrayList<>())
              .add(file.substring(cut + 1, file.length() - ".ann".length()));
        }
      }
    }
    return out;
  }

  /** File name → publication date; the dates are optional, so a missing table only costs them. */
  private static Map<String, LocalDate> dates(Path tsv, PrintStream log) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    if (!Files.isRegularFile(tsv)) {
      log.println("dossier: no " + tsv + ": articles get no publication date");
      return out;
    }
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> header = lines.isEmpty() ? List.of() : Arrays.asList(lines.get(0).split("\t"));
    int name = header.indexOf("filename");
    int date = header.indexOf("publication_date");
    if (name < 0 || date < 0) {
      throw new IOException(tsv + ": no filename and publication_date columns");
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      LocalDate d = cells.length > Math.max(name, date) ? parse(cells[date]) : null;
      if (d != null) {
        out.putIfAbsent(cells[name], d);
      }
    }
    return out;
  }

  private static LocalDate parse(String date) {
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void requireFolder(Path folder) throws NoSuchFileException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "no such PolNeAR folder");
    }
  }
}
