package dossier.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits flattened text into blocks. Scrapes put one paragraph or page element on a line, so
 * each line is a block; a chunk that looks hard-wrapped (even lines that end mid-sentence) is
 * one paragraph, and a line going on in lower case continues the one before.
 */
final class PlainTextBlocks {
  private static final int MIN_WRAP = 40;
  private static final int MAX_WRAP = 100;

  private PlainTextBlocks() {}

  static List<Block> split(String text) {
    List<Block> blocks = new ArrayList<>();
    String[] chunks = text.replace("\r\n", "\n").replace('\r', '\n').split("\\n\\s*\\n");
    int group = 0;
    for (String chunk : chunks) {
      List<String> lines = chunk.lines().map(PlainTextBlocks::tidy).filter(l -> !l.isEmpty())
          .toList();
      if (lines.isEmpty()) {
        continue;
      }
      for (String paragraph : hardWrapped(lines) ? List.of(String.join(" ", lines))
          : joinContinuations(lines)) {
        blocks.add(new Block(paragraph, Block.Shape.TEXT, group));
      }
      group++;
    }
    return blocks;
  }

  /** Whether the lines are one paragraph wrapped at a fixed width. */
  private static boolean hardWrapped(List<String> lines) {
    if (lines.size() < 3) {
      return false;
    }
    int midSentence = 0;
    for (String line : lines.subList(0, lines.size() - 1)) {
      if (line.length() < MIN_WRAP || line.length() > MAX_WRAP) {
        return false;
      }
      midSentence += Words.endsSentence(line) ? 0 : 1;
    }
    return midSentence * 2 >= lines.size() - 1;
  }

  /** Joins a line that goes on in lower case to the line before, which it continues. */
  private static List<String> joinContinuations(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      int last = out.size() - 1;
      if (last >= 0 && startsLowerCase(line) && !Words.endsSentence(out.get(last))) {
        out.set(last, out.get(last) + " " + line);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean startsLowerCase(String line) {
    return Character.isLowerCase(line.charAt(0));
  }

  private static String tidy(String line) {
    return line.replace('\u00A0', ' ').replaceAll("[\\s\\u200B]+", " ").strip();
  }
}
