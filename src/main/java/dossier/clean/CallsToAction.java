package dossier.clean;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Removes the calls to follow, download, subscribe, comment or give that close a story ("Siga
 * a Materia en Facebook, Twitter o suscríbase a nuestra newsletter", "Para comentar debes
 * registrarte", "We rely on your support"). Read back from the end of the kept text: a short
 * block that names a channel, or a word of an appeal for support, goes, short labels are
 * passed over, and the first other block, the story's own, ends the search. A channel named in
 * a long block, or once in a block without a link, is the story's; so is a sentence that calls
 * on no one, by the reader's or the outlet's pronouns or a verb of following or joining: it
 * tells what someone did there ("He posted it on Twitter.").
 */
final class CallsToAction {
  private static final int MAX_WORDS = 30;
  /** A block this short that names a channel once is a call even without a link. */
  private static final int SHORT_CALL_WORDS = 12;
  private static final int MAX_LABEL_WORDS = 5;
  /** A channel's name, or a word of an appeal for support, which calls like one. */
  private static final Predicate<String> CHANNEL = CueWords.matcher("channel-words.txt")
      .or(CueWords.matcher("appeal-words.txt"));
  private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Lu}");
  private static final Predicate<String> CALL = CueWords.matcher("call-words.txt");

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
    List<String> lower = CueWords.of(b.text().toLowerCase(Locale.ROOT));
    int channels = (int) lower.stream().filter(CHANNEL).count();
    boolean named = channels >= 2
        || channels == 1 && (words <= SHORT_CALL_WORDS || b.linkChars() > 0);
    // A sentence that calls on no one tells what was said or done there: the story's.
    return named && (isLabel(b.text()) || callsOnReader(lower));
  }

  /** Whether the lower-cased words call on the reader: "you", "our", "follow", "síguenos". */
  static boolean callsOnReader(List<String> lower) {
    return lower.stream().anyMatch(CALL);
  }

  /** No sentence: it neither ends like one nor holds a sentence break. */
  private static boolean isLabel(String text) {
    return !Words.endsSentence(text) && !SENTENCE_BREAK.matcher(text).find();
  }

}
