package dossier.extract;

import dossier.model.Sentence;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs of tokens written without spaces between them. The tokenizer splits "Su-30MK2" and
 * "Russian-made" at the hyphen, but designators and hyphenated modifiers are read whole.
 */
final class MentionWords {
  private static final Pattern PUNCTUATION = Pattern.compile("[.,;:!?\"'“”‘’()\\[\\]{}…]+");

  private MentionWords() {}

  /** One run: tokens {@code first..last} (1-based, inclusive) and their text as written. */
  record Word(int first, int last, String text) {}

  static List<Word> of(Sentence s, String text) {
    List<Word> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    int first = 1;
    for (int i = 2; i <= tokens.size() + 1; i++) {
      if (i > tokens.size() || !glued(s.token(i - 1), s.token(i))) {
        Token a = s.token(first);
        Token b = s.token(i - 1);
        out.add(new Word(first, i - 1, text.substring(a.span().start(), b.span().end())));
        first = i;
      }
    }
    return out;
  }

  /** The run holding token {@code index}. */
  static Word around(Sentence s, String text, int index) {
    for (Word w : of(s, text)) {
      if (w.first() <= index && index <= w.last()) {
        return w;
      }
    }
    throw new IllegalArgumentException("no token " + index);
  }

  private static boolean glued(Token a, Token b) {
    return a.span().end() == b.span().start() && wordLike(a) && wordLike(b);
  }

  // Punctuation, possessives and contractions ("I’m", "don't") touch words without being
  // part of them.
  private static boolean wordLike(Token t) {
    return !t.pos().equals("POS") && !PUNCTUATION.matcher(t.word()).matches()
        && t.word().indexOf('\'') < 0 && t.word().indexOf('’') < 0;
  }
}
