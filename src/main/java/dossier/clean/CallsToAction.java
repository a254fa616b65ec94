package dossier.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes the calls to follow, download, subscribe or comment that close a story ("Siga a
 * Materia en Facebook, Twitter o suscríbase a nuestra newsletter", "Para comentar debes
 * registrarte"). Read back from the end of the kept text: a short block that names a channel
 * goes, short labels are passed over, and the first other block, the story's own, ends the
 * search. A channel named in a long block, or once in a block without a link, is the story's.
 */
final class CallsToAction {
  private static final int MAX_WORDS = 30;
  /** A block this short that names a channel once is a call even without a link. */
  private static final int SHORT_CALL_WORDS = 12;
  private static final int MAX_LABEL_WORDS = 5;
  private static final List<String> CHANNELS = CueWords.read("channel-words.txt");
  private static final Set<String> NAMES = CHANNELS.stream().filter(w -> !w.endsWith("*"))
      .collect(Collectors.toUnmodifiableSet());
  private static final List<String> STEMS = CHANNELS.stream().filter(w -> w.endsWith("*"))
      .map(w -> w.substring(0, w.length() - 1)).toList();

  private CallsToAction() {}

  static void apply(Page page) {
    for (int i = page.size() - 1; i >= 0; i--) {
      if (!page.kept(i)) {
        continue;
      }
      Block b = page.block(i);
      if (isCall(b)) {
        page.remove(i, Furniture.SIGNUP);
      } else if (b.words() > MAX_LABEL_WORDS || Words.endsSentence(b.text())) {
        return;
      }
    }
  }

  private static boolean isCall(Block b) {
    int words = b.words();
    if (words > MAX_WORDS) {
      return false;
    }
    int channels = channels(b.text());
    return channels >= 2 || channels == 1 && (words <= SHORT_CALL_WORDS || b.linkChars() > 0);
  }

  /** How many words of the text name a channel. */
  private static int channels(String text) {
    int n = 0;
    for (String w : Words.of(text.toLowerCase(Locale.ROOT))) {
      n += NAMES.contains(w) || STEMS.stream().anyMatch(w::startsWith) ? 1 : 0;
    }
    return n;
  }
}
