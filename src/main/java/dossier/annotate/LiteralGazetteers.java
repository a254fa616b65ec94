package dossier.annotate;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER gazetteers (KBP: countries, cities, titles, nationalities,
 * religions, ideologies) less the entries whose first word is a regular expression.
 * TokensRegexNER looks literal entries up by their first word, but tries each regular expression
 * at every token: those thousand-odd entries of 586,000 (abbreviations such as {@code Calif\.?}
 * or {@code u\.s\.}) took about half of the whole pipeline's time. A token only they would have
 * relabelled keeps its coarse label (LOCATION for "U.S."), which extraction treats alike.
 */
final class LiteralGazetteers {
  private static final String FOLDER = "edu/stanford/nlp/models/kbp/english/gazetteers/";
  /** What TokensRegex takes for a regular expression rather than a literal word. */
  private static final Pattern REGEX = Pattern.compile("[\\[\\]?.\\\\^$()*+{}|]");

  private static String mapping;

  private LiteralGazetteers() {}

  /**
   * The value of {@code ner.fine.regexner.mapping}: CoreNLP's default options with the filtered
   * files, written once per process to a temporary folder.
   */
  static synchronized String mapping() {
    if (mapping == null) {
      try {
        Path folder = Files.createTempDirectory("dossier-gazetteers");
        folder.toFile().deleteOnExit();
        mapping = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,"
            + literal("regexner_caseless.tab", folder) + ";" + literal("regexner_cased.tab", folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the NER gazetteers", e);
      }
    }
    return mapping;
  }

  private static Path literal(String name, Path folder) throws IOException {
    Path out = folder.resolve(name);
    out.toFile().deleteOnExit();
    try (InputStream in = LiteralGazetteers.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IOException("CoreNLP models jar lacks " + FOLDER + name);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
          BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!REGEX.matcher(firstWord(line)).find()) {
            w.write(line);
            w.newLine();
          }
        }
      }
    }
    return out;
  }

  private static String firstWord(String line) {
    int end = line.indexOf('\t');
    String pattern = end < 0 ? line : line.substring(0, end);
    int space = pattern.indexOf(' ');
    return space < 0 ? pattern : pattern.substring(0, space);
  }
}
