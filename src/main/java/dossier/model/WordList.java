package dossier.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The format of the word lists that rules read, so that a list can grow without touching its
 * rule: UTF-8, one entry a line, blank lines and lines starting with {@code #} left out.
 */
public final class WordList {
  private WordList() {}

  /**
   * The entries of a bundled list, each stripped of the spaces around it, in file order.
   *
   * @param resource named from the class path's root, as {@link Resource#bytes} takes it
   */
  public static List<String> read(String resource) {
    return new String(Resource.bytes(resource), StandardCharsets.UTF_8).lines()
        .map(String::strip)
        .filter(entry -> !entry.isEmpty() && !entry.startsWith("#"))
        .toList();
  }
}
