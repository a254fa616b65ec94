package dossier.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises page furniture in one block of text by its wording: menus, share and follow lines,
 * teasers, video and audio prompts, comment prompts, sign-up calls, cookie notices, legal lines,
 * photo credits and bylines. Furniture lines are short, so long blocks are never furniture here.
 */
final class FurnitureSpotter {
  private static final Cue LEGAL = Cue.anywhere("^(©|\\(c\\)\\s|copyright\\b)"
      + "|all rights reserved|may not be (re)?(published|reproduced|broadcast|rewritten|"
      + "distributed|redistributed)|^(terms (of|and) (use|service|conditions)|privacy policy)\\b"
      + "|\\bterms of (use|service)\\b.*\\||^this (article|story|material) (was |has been )?"
      + "(originally |first )?(appeared|published|republished)", "©", "(c)", "copyright",
      "rights reserved", "may not be", "terms", "privacy policy", "appeared", "published");
  private static final Cue COMMENTS = Cue.anywhere("^(\\d+\\s+)?comments?(\\s*\\(\\d+\\))?"
      + "(\\s*[-–—:|]\\s*(log ?in|sign ?in|register).*)?$|be the first to comment|"
      + "leave a (comment|reply)|join the (discussion|conversation)|post a comment|"
      + "add (a|your) comment|comments are closed|(show|view|hide|load) comments|"
      + "issues with commenting|comment(ing)? (policy|guidelines)|log ?in to (comment|join)|"
      + "^discussion$|^conversation$", "comment", "reply", "discussion", "conversation", "join");
  private static final Cue SIGNUP = Cue.anywhere("\\b(click|tap) here\\b|"
      + "^(sign ?up|subscribe|register)\\b|\\b(sign ?up|subscribe)\\b.*\\bnewsletters?\\b|"
      + "\\bnewsletters?\\b.*\\b(sign ?up|subscribe|inbox)\\b|\\bour newsletters?\\b"
      + "|\\bmailing list\\b", "click here", "tap here", "sign", "subscribe", "register",
      "newsletter", "mailing list");
  private static final List<String> TEASER_WORDS = CueWords.read("teaser-words.txt");
  private static final Cue TEASER = Cue.opening("^(read (more|also|next|this)|"
      + "see also|also (read|see)|related( stories| articles| coverage| content| links| reading|"
      + " news)?|more (stories|news|coverage|on this|from|like this|to read)|"
      + "recommended( stories| reading| for you)?|you (may|might) (also )?(like|be interested|"
      + "enjoy)|further reading|most (read|popular|viewed|shared)|top stories|trending( now)?|"
      + "don'?t miss|editor'?s picks?|" + CueWords.alternation(TEASER_WORDS)
      + ")\\b\\s*([:\\-–—|>»]|$)?", withTeaserWords("read ", "see also", "also ", "related",
      "more ", "recommended", "you ", "further reading", "most ", "top stories", "trending", "don",
      "editor"));
  private static final Cue MEDIA = Cue.opening("^(watch|listen|see|view)\\b"
      + "(.{0,80}\\b(below|above|here|video|clip|interview|photos?|gallery)\\b"
      + "|\\s*(now)?\\s*:?\\s*$)", "watch", "listen", "see", "view");
  private static final Cue SHARE = Cue.opening("^(share|tweet|e-?mail|print|pin|save)"
      + "( (this|the) (article|story|page|post))?\\s*([:|]|on\\b|via\\b|$)|"
      + "^(follow|like) (us|@|.{1,60}\\bon (twitter|facebook|instagram|x|linkedin|youtube|"
      + "telegram|tiktok|threads|bluesky|mastodon)\\b)", "share", "tweet", "e-mail", "email",
      "print", "pin", "save", "follow", "like");
  private static final Pattern BY = Pattern.compile("^(?i:by)\\s+(?=\\p{Lu})");
  private static final Cue CREDITS_TRAILER = Cue.anywhere("^\\(?\\s*((additional )?"
      + "reporting|reported|written|writing|editing|edited|compiled|posted) by\\b", " by");
  private static final List<String> RESERVED = CueWords.read("rights-reserved.txt");
  private static final Cue RIGHTS_RESERVED =
      Cue.anywhere(CueWords.alternation(RESERVED), RESERVED.toArray(String[]::new));
  private static final List<String> SOURCE_WORDS = CueWords.read("source-words.txt");
  /** "Source: Eurostat" under a chart or story. */
  private static final Cue SOURCE = Cue.opening(
      "^(" + CueWords.alternation(SOURCE_WORDS) + ")\\s*:", SOURCE_WORDS.toArray(String[]::new));
  /** Lists of tags and topics under a story. */
  private static final Cue TAGS = Cue.opening(
      "^(tags?|topics?|categories|category|filed under|keywords)\\s*:", "tag", "topic",
      "categor", "filed under", "keywords");
  private static final Pattern MENU_SEPARATOR =
      Pattern.compile("\\s*[|•·»›>]\\s*|\\s{2,}|\\t");
  private static final double MENU_ITEM_WORDS = 2.5;
  private static final int MAX_NEWSLETTER_WORDS = 40;
  private static final int MAX_COOKIE_WORDS = 80;
  private static final int MAX_COMMENT_HEAD_WORDS = 20;
  private static final Predicate<String> COMMENT_WORDS = CueWords.matcher("comment-words.txt");
  private static final Predicate<String> COOKIE_WORDS = CueWords.matcher("cookie-words.txt");
  /** The most words any rule but the menu's looks at. */
  private static final int MAX_RULE_WORDS = 80;
  /** Words a byline may hold besides names and dates. */
  private static final Set<String> BYLINE_WORDS = Set.of("and", "de", "da", "del", "della", "der",
      "di", "du", "la", "le", "van", "von", "bin", "al", "el", "staff", "in", "from", "for", "at",
      "the", "of", "on", "correspondent", "reporter", "writer", "editor", "contributor", "updated",
      "published", "posted", "last", "am", "pm", "a.m.", "p.m.", "et", "gmt", "utc", "edt", "est",
      "bst", "cet", "senior", "chief", "political", "foreign", "news", "desk", "agency", "wires");
  /** Lines that are mostly these words are interface labels. */
  private static final Set<String> UI_WORDS = uiWords("menu", "search", "home", "close", "share",
      "print", "email", "e-mail", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "reddit",
      "pinterest", "telegram", "instagram", "youtube", "advertisement", "sponsored", "ad", "ads",
      "log", "sign", "in", "out", "up", "subscribe", "newsletter", "newsletters", "video",
      "videos", "live", "skip", "to", "content", "main", "back", "top", "next", "previous", "more",
      "less", "show", "loading", "copy", "link", "this", "article", "story", "on", "us", "follow",
      "comments", "comment", "save", "listen", "audio", "gift", "open", "app", "the", "toggle",
      "older", "newer", "post", "posts");

  /** Words that cannot start a name after "By": "By Monday, ...", "By contrast, ...". */
  private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "contrast",
      "comparison", "then", "now", "the", "far", "all", "law", "late", "early", "mid", "midday",
      "noon", "midnight", "nightfall", "dawn", "this", "that", "next", "last", "year", "end",
      "most", "some", "his", "her", "their", "its", "our", "my", "your", "one", "two");

  /** Wording that marks furniture in a lower-cased block of at most so many words. */
  private record Rule(Furniture kind, int maxWords, Cue cue) {}

  private static final List<Rule> FIRST_RULES = List.of(
      new Rule(Furniture.LEGAL, 60, LEGAL),
      new Rule(Furniture.LEGAL, 60, RIGHTS_RESERVED),
      new Rule(Furniture.COMMENTS, 25, COMMENTS),
      new Rule(Furniture.SIGNUP, 20, SIGNUP));
  private static final List<Rule> LATER_RULES = List.of(
      new Rule(Furniture.MEDIA, 20, MEDIA),
      new Rule(Furniture.SHARE, 20, SHARE),
      new Rule(Furniture.MENU, 30, TAGS),
      new Rule(Furniture.CREDIT, 6, SOURCE));

  /** The kind of furniture the block is, if it is furniture. */
  Optional<Furniture> spot(String text) {
    String t = text.strip();
    int words = Words.count(t);
    if (words == 0) {
      return Optional.of(Furniture.LABEL);
    }
    // Long blocks are prose; of the rules, only a menu's may fit them.
    String lower = words <= MAX_RULE_WORDS ? t.toLowerCase(Locale.ROOT) : "";
    Furniture kind = byRules(FIRST_RULES, lower, words);
    if (kind == null && isNewsletterCall(lower, words)) {
      kind = Furniture.SIGNUP;
    }
    if (kind == null && isCookieNotice(lower, words)) {
      kind = Furniture.COOKIES;
    }
    if (kind == null && isCommentCount(lower, words)) {
      kind = Furniture.COMMENTS;
    }
    if (kind == null && isTeaser(lower, words)) {
      kind = Furniture.TEASER;
    }
    kind = kind != null ? kind : byRules(LATER_RULES, lower, words);
    return Optional.ofNullable(kind != null ? kind : byShape(t, lower, words));
  }

  /** The kind of the first rule that marks the block, or null. */
  private static Furniture byRules(List<Rule> rules, String lower, int words) {
    for (Rule r : rules) {
      if (words <= r.maxWords() && r.cue().in(lower)) {
        return r.kind();
      }
    }
    return null;
  }

  /** Credits, bylines, menus and labels, known by their form more than their words; or null. */
  private static Furniture byShape(String t, String lower, int words) {
    Furniture credit = PhotoCredits.kindOf(t, lower, words);
    if (credit != null) {
      return credit;
    }
    if (isByline(t, lower, words)) {
      return Furniture.BYLINE;
    }
    if (isMenu(t, words)) {
      return Furniture.MENU;
    }
    return isLabel(t, lower, words) ? Furniture.LABEL : null;
  }

  /**
   * A newsletter offered to the reader in any language ("Receive our weekly newsletter",
   * "Abonnieren Sie den Newsletter"): the word, which most languages borrow, and a call.
   */
  private static boolean isNewsletterCall(String lower, int words) {
    return words <= MAX_NEWSLETTER_WORDS && lower.contains("newsletter")
        && CallsToAction.callsOnReader(CueWords.of(lower));
  }

  /**
   * A count of readers' comments heading them: "11 responses to “...”", "3 Gedanken zu". A
   * sentence that opens with a count ("200 responses to the survey showed ...") is no heading.
   */
  private static boolean isCommentCount(String lower, int words) {
    if (words > MAX_COMMENT_HEAD_WORDS || lower.isEmpty() || !Character.isDigit(lower.charAt(0))
        || Words.endsSentence(lower)) {
      return false;
    }
    List<String> w = CueWords.of(lower);
    return w.size() >= 2 && w.get(0).chars().allMatch(Character::isDigit)
        && COMMENT_WORDS.test(w.get(1));
  }

  /** "Cookie" with a word of using, agreeing or the site, in any language. */
  private static boolean isCookieNotice(String lower, int words) {
    return words <= MAX_COOKIE_WORDS && lower.contains("cookie")
        && CueWords.of(lower).stream().anyMatch(COOKIE_WORDS);
  }

  private static boolean isTeaser(String lower, int words) {
    if (words > 40) {
      return false;
    }
    var m = TEASER.atStart(lower);
    // A teaser is a short line, or a prefix with a colon or dash before the linked headline.
    return m != null && (words <= 12 || (m.group(m.groupCount()) != null
        && !m.group(m.groupCount()).isEmpty()));
  }

  /** "By Jane Doe", a Reuters credits trailer, or a date line with at most a name. */
  private static boolean isByline(String t, String lower, int words) {
    if (words > 15) {
      return false;
    }
    if (CREDITS_TRAILER.in(lower)) {
      return true;
    }
    var by = BY.matcher(t);
    if (lower.startsWith("by") && by.lookingAt()) {
      String rest = t.substring(by.end());
      String firstWord = Words.of(rest).get(0).toLowerCase(Locale.ROOT);
      return !NOT_NAMES.contains(firstWord) && namesOnly(DateParser.strip(rest));
    }
    return DateParser.containsFullDate(t) && words <= 12 && namesOnly(DateParser.strip(t));
  }

  /** Whether every word is capitalised or a byline word: names, titles, "staff". */
  private static boolean namesOnly(String text) {
    List<String> words = Words.of(text);
    if (words.size() > 8) {
      return false;
    }
    for (String w : words) {
      boolean capitalised = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
      if (!capitalised && !BYLINE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Three or more short items between separators: "Home | World | Business". */
  private static boolean isMenu(String t, int words) {
    // No item ends in a full stop; prose has too few separators for its words.
    if (t.endsWith(".") || words > (separatorMarks(t) + 1) * MENU_ITEM_WORDS) {
      return false;
    }
    String[] items = MENU_SEPARATOR.split(t);
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      if (Words.count(item) > 4 || item.strip().endsWith(".")) {
        return false;
      }
    }
    // Separators end words, so the items hold the line's words.
    return words <= items.length * MENU_ITEM_WORDS;
  }

  /** Separator characters and pairs of spaces: no fewer than {@link #MENU_SEPARATOR} finds. */
  private static int separatorMarks(String t) {
    int marks = 0;
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean isSpace = c == ' ' || (c >= '\t' && c <= '\r');
      marks += isSeparatorMark(c) || (space && isSpace) ? 1 : 0;
      space = isSpace;
    }
    return marks;
  }

  /** The characters that {@link #MENU_SEPARATOR} is built on, white space pairs aside. */
  private static boolean isSeparatorMark(char c) {
    return switch (c) {
      case '|', '•', '·', '»', '›', '>', '\t' -> true;
      default -> false;
    };
  }

  /**
   * Whether the text has lower-case letters and no capitals; scripts without case (Chinese,
   * Japanese) have neither, so a sentence of theirs, one "word" long, is no label.
   */
  private static boolean lowerCaseOnly(String t) {
    boolean lower = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        return false;
      }
      lower |= Character.isLowerCase(c);
    }
    return lower;
  }

  /** A section label ("news") or a line of interface words ("Share Tweet Email"). */
  private static boolean isLabel(String t, String lower, int words) {
    if (words <= 3 && !Words.endsSentence(t) && lowerCaseOnly(t)) {
      return true;
    }
    if (words > 12) {
      return false;
    }
    long ui = CueWords.of(lower).stream().filter(UI_WORDS::contains).count();
    return ui >= Math.max(1, words * 0.7);
  }

  /** The English openings of teasers and those of other languages, from their list. */
  private static String[] withTeaserWords(String... english) {
    List<String> cues = new ArrayList<>(List.of(english));
    cues.addAll(TEASER_WORDS);
    return cues.toArray(String[]::new);
  }

  /** The English interface words and those of other languages, from their list. */
  private static Set<String> uiWords(String... english) {
    Set<String> words = new HashSet<>(List.of(english));
    words.addAll(CueWords.read("interface-words.txt"));
    return Set.copyOf(words);
  }
}
