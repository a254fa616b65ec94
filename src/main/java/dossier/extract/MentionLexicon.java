package dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads the word lists shipped under {@code dossier/extract/}: one entry a line, # comments. */
final class MentionLexicon {
  private MentionLexicon() {}

  /** The entries of a list, compared without regard to case. */
  static Set<String> words(String name) {
    Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    out.addAll(lines(name));
    return out;
  }

  /** The non-blank, non-comment lines of a list, trimmed. */
  static List<String> lines(String name) {
    InputStream in = MentionLexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource dossier/extract/" + name);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dossier/extract/" + name, e);
    }
    return out;
  }
}
