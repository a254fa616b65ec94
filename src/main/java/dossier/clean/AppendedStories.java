package dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Removes stories glued on after the main one. From the story's first paragraph on, the text is
 * cut into segments where another story may begin: after a teaser or "related" marker, at a
 * page's top heading or a second dateline (strong signs), or after a photo credit, a teaser
 * that carries its headline alone between paragraphs, or at a subheading in markup (weak ones,
 * as all sit inside stories), once the story has run long enough to compare with. A segment
 * whose opening shares too few content words with the title and the story so far is another
 * story; the bar is lower after a weak sign, and after a photo only until another story was
 * found: then the main one has ended. Until then, a paragraph straight after a photo goes on
 * with the story, as another story would open with its headline. A segment that goes on with
 * a pronoun or connective ("He said ...", "Mais ...", from {@code continuation-words.txt})
 * continues the story. After a comment-section marker, what follows is readers' comments. A
 * headline-like line without markup is no sign: it is a subheading as often as another
 * story's headline, and another story shows by its marker or its own dateline.
 */
final class AppendedStories {
  /** Content-word overlap a segment needs after a strong sign to count as the same story. */
  static final double STRONG_BAR = 0.25;
  /** The same after a weak sign. */
  static final double WEAK_BAR = 0.1;
  private static final int MAX_HEADLINE_WORDS = 16;
  private static final Pattern QUESTION_OR_QUOTE =
      Pattern.compile("[?!][\"'”’)]*$|^[\"'“‘]");
  /** Below this length, the story's opening is too short to compare anything with. */
  private static final int MIN_STORY_WORDS = 60;
  /** A new story shows in its first blocks; later ones only dilute the overlap. */
  private static final int OPENING_BLOCKS = 3;
  /** A teaser's marker, a separator, and at least three words of a headline after it. */
  private static final Pattern INLINE_TEASER =
      Pattern.compile("^[^:»|–—]{2,40}[:»|–—]\\s*(\\S+\\s+){2,}\\S");
  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .,'’-]{1,40}(\\([^)]{2,40}\\))?\\s*[-–—]\\s+\\p{Lu}");
  private static final Predicate<String> CONTINUATIONS =
      CueWords.matcher("continuation-words.txt");

  private AppendedStories() {}

  /** A run of kept blocks, the sign before it, and whether readers' comments came before. */
  record Segment(List<Integer> blocks, Sign sign, boolean afterComments) {}

  /** Removes the stories appended to the main one, among the kept blocks that pass {@code looked}. */
  static void apply(Page page, String title, IntPredicate looked) {
    List<Segment> segments = segments(page, looked);
    if (segments.isEmpty()) {
      return;
    }
    Topic story = Topic.of(title);
    segments.get(0).blocks().forEach(i -> story.add(page.text(i)));
    boolean storyEnded = false;
    for (Segment segment : segments.subList(1, segments.size())) {
      if (segment.afterComments()) {
        segment.blocks().forEach(i -> page.remove(i, Reason.BOILERPLATE));
      } else if (continues(page, segment, story, storyEnded)) {
        segment.blocks().forEach(i -> story.add(page.text(i)));
      } else {
        segment.blocks().forEach(i -> page.remove(i, Reason.UNRELATED_STORY));
        storyEnded = true;
      }
    }
  }

  /**
   * Runs of kept blocks from the first prose on, split where another story may start. The
   * story's own opening is never split: signs only count once it has some length.
   */
  static List<Segment> segments(Page page, IntPredicate looked) {
    Segmenter segmenter = new Segmenter(page, looked);
    for (int i = 0; i < page.size(); i++) {
      segmenter.take(i);
    }
    return segmenter.segments;
  }

  /** Walks the blocks in order, collecting signs between kept blocks. */
  private static final class Segmenter {
    private final Page page;
    private final IntPredicate looked;
    private final List<Segment> segments = new ArrayList<>();
    private List<Integer> current;
    private Sign sign = Sign.NONE;
    private boolean afterComments;
    private boolean datelineSeen;
    private int storyWords;

    Segmenter(Page page, IntPredicate looked) {
      this.page = page;
      this.looked = looked;
    }

    void take(int i) {
      if (!page.kept(i) || !looked.test(i)) {
        sign = sign.then(Sign.of(page.furniture(i), page.text(i)));
        afterComments |= current != null && page.furniture(i) == Furniture.COMMENTS;
        return;
      }
      String text = page.text(i);
      if (current == null && !Words.isProse(text)) {
        return;
      }
      if (current == null) {
        start(Sign.NONE);
      } else {
        Sign here = sign.max(Sign.of(page.block(i), datelineSeen));
        if (storyWords >= MIN_STORY_WORDS && here != Sign.NONE) {
          start(here);
        }
      }
      sign = Sign.NONE;
      datelineSeen |= DATELINE.matcher(text).find();
      storyWords += segments.size() == 1 ? Words.count(text) : 0;
      current.add(i);
    }

    private void start(Sign sign) {
      current = new ArrayList<>();
      segments.add(new Segment(current, sign, afterComments));
    }
  }

  /**
   * A headline of another story: short, and neither a question nor an exclamation nor a quote,
   * which inside a story are mostly quoted speech or subheads.
   */
  private static boolean isHeadline(String text) {
    String t = text.strip();
    return Headlines.isHeadlineLike(t) && Words.count(t) <= MAX_HEADLINE_WORDS
        && !QUESTION_OR_QUOTE.matcher(t).find();
  }

  private static boolean continues(Page page, Segment segment, Topic story, boolean storyEnded) {
    List<Integer> blocks = segment.blocks();
    if (segment.sign() == Sign.MEDIA && !storyEnded && Words.isProse(page.text(blocks.get(0)))) {
      return true;
    }
    List<Integer> opening = blocks.subList(0, Math.min(OPENING_BLOCKS, blocks.size()));
    if (opening.stream().filter(i -> Words.isProse(page.text(i))).findFirst()
        .map(i -> startsWithContinuation(page.text(i))).orElse(false)) {
      return true;
    }
    Topic topic = new Topic();
    opening.forEach(i -> topic.add(page.text(i)));
    return topic.coveredBy(story)
        >= (segment.sign().highBar(storyEnded) ? STRONG_BAR : WEAK_BAR);
  }

  private static boolean startsWithContinuation(String text) {
    List<String> words = Words.of(text);
    return !words.isEmpty() && CONTINUATIONS.test(words.get(0).toLowerCase(Locale.ROOT));
  }

  /** How strongly a block suggests that a new story starts at or after it, weakest first. */
  enum Sign {
    NONE,
    /** A subheading in markup (h2 to h6): pages divide one story with them. */
    SECTION,
    /**
     * A teaser that carries its story's headline ("READ ALSO: Storm hits coast") alone between
     * paragraphs: one link set into the story. With a photo or another marker beside it, it is
     * another story's card, a strong sign.
     */
    LINK,
    /** A photo, video or caption: they sit inside stories, and between them too. */
    MEDIA,
    /** A teaser, a comments marker, a top heading, a second dateline. */
    STRONG;

    /** What a kept block says. */
    static Sign of(Block block, boolean datelineSeen) {
      String text = block.text();
      if (isHeadline(text)) {
        return switch (block.shape()) {
          case HEADLINE -> STRONG;
          case HEADING -> SECTION;
          default -> NONE;
        };
      }
      return datelineSeen && DATELINE.matcher(text).find() ? STRONG : NONE;
    }

    /** What a removed block says. */
    static Sign of(Furniture f, String text) {
      if (f == Furniture.TEASER && INLINE_TEASER.matcher(text).find()) {
        return LINK;
      }
      if (f == Furniture.TEASER || f == Furniture.COMMENTS) {
        return STRONG;
      }
      return f == Furniture.CREDIT || f == Furniture.CAPTION || f == Furniture.MEDIA ? MEDIA
          : NONE;
    }

    /** Whether a segment after this sign needs the high bar to count as the same story. */
    boolean highBar(boolean storyEnded) {
      return this == STRONG || (this == MEDIA && storyEnded);
    }

    /** The sign of this one followed by another between the same two kept blocks. */
    Sign then(Sign other) {
      boolean linkWithMore = (this == LINK || other == LINK) && this != NONE && other != NONE;
      return linkWithMore ? STRONG : max(other);
    }

    Sign max(Sign other) {
      return compareTo(other) >= 0 ? this : other;
    }
  }
}
