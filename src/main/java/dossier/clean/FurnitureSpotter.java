package dossier.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises page furniture in one block of text by its wording: menus, share and follow lines,
 * teasers, video and audio prompts, comment prompts, sign-up calls, cookie notices, legal lines,
 * photo credits and bylines. Furniture lines are short, so long blocks are never furniture here.
 */
final class FurnitureSpotter {
  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern LEGAL = Pattern.compile("^(©|\\(c\\)\\s|copyright\\b)"
      + "|all rights reserved|may not be (re)?(published|reproduced|broadcast|rewritten|"
      + "distributed|redistributed)|^(terms (of|and) (use|service|conditions)|privacy policy)\\b"
      + "|\\bterms of (use|service)\\b.*\\||^this (article|story|material) (was |has been )?"
      + "(originally |first )?(appeared|published|republished)", I);
  private static final Pattern COOKIES = Pattern.compile("\\bcookies?\\b.*\\b(use|accept|consent|"
      + "settings|preferences|policy)\\b|\\b(use|accept|consent to)\\b.*\\bcookies?\\b", I);
  private static final Pattern COMMENTS = Pattern.compile("^(\\d+\\s+)?comments?(\\s*\\(\\d+\\))?"
      + "(\\s*[-–—:|]\\s*(log ?in|sign ?in|register).*)?$|be the first to comment|"
      + "leave a (comment|reply)|join the (discussion|conversation)|post a comment|"
      + "add (a|your) comment|comments are closed|(show|view|hide|load) comments|"
      + "issues with commenting|comment(ing)? (policy|guidelines)|log ?in to (comment|join)|"
      + "^discussion$|^conversation$", I);
  private static final Pattern SIGNUP = Pattern.compile("\\b(click|tap) here\\b|"
      + "^(sign ?up|subscribe|register)\\b|\\b(sign ?up|subscribe)\\b.*\\bnewsletters?\\b|"
      + "\\bnewsletters?\\b.*\\b(sign ?up|subscribe|inbox)\\b|\\bour newsletters?\\b"
      + "|\\bmailing list\\b", I);
  private static final Pattern TEASER = Pattern.compile("^(read (more|also|next|this)|"
      + "see also|also (read|see)|related( stories| articles| coverage| content| links| reading|"
      + " news)?|more (stories|news|coverage|on this|from|like this|to read)|"
      + "recommended( stories| reading| for you)?|you (may|might) (also )?(like|be interested|"
      + "enjoy)|further reading|most (read|popular|viewed|shared)|top stories|trending( now)?|"
      + "don'?t miss|editor'?s picks?)\\b\\s*([:\\-–—|>»]|$)?", I);
  private static final Pattern MEDIA = Pattern.compile("^(watch|listen|see|view)\\b"
      + "(.{0,80}\\b(below|above|here|video|clip|interview|photos?|gallery)\\b"
      + "|\\s*(now)?\\s*:?\\s*$)", I);
  private static final Pattern SHARE = Pattern.compile("^(share|tweet|e-?mail|print|pin|save)"
      + "( (this|the) (article|story|page|post))?\\s*([:|]|on\\b|via\\b|$)|"
      + "^(follow|like) (us|@|.{1,60}\\bon (twitter|facebook|instagram|x|linkedin|youtube|"
      + "telegram|tiktok|threads|bluesky|mastodon)\\b)", I);
  private static final Pattern PHOTO_CREDIT = Pattern.compile("\\b(photo|photograph|image|"
      + "picture|illustration|graphic)s?\\s*(by\\b|credit|courtesy|copyright|caption|source|:|/)"
      + "|^credits?:|^(getty images|shutterstock|istock(photo)?|afp|ap|reuters|epa(-efe)?|"
      + "anadolu|xinhua|tass|sputnik|associated press)\\.?$", I);
  private static final Pattern PAREN_CREDIT =
      Pattern.compile("\\(([^()]{2,60}/[^()]{2,60})\\)\\.?$");
  private static final Pattern CAPS_CREDIT = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .'’-]+(\\s*/\\s*\\p{L}[\\p{L} .'’-]*)+$");
  private static final Pattern BY = Pattern.compile("^by\\s+(?=\\p{Lu})", I);
  private static final Pattern CREDITS_TRAILER = Pattern.compile("^\\(?\\s*((additional )?"
      + "reporting|reported|written|writing|editing|edited|compiled|posted) by\\b", I);
  /** Lists of tags and topics under a story. */
  private static final Pattern TAGS = Pattern.compile(
      "^(tags?|topics?|categories|category|filed under|keywords)\\s*:", I);
  private static final Pattern MENU_SEPARATOR =
      Pattern.compile("\\s*[|•·»›>]\\s*|\\s{2,}|\\t");
  /** Words a byline may hold besides names and dates. */
  private static final Set<String> BYLINE_WORDS = Set.of("and", "de", "da", "del", "della", "der",
      "di", "du", "la", "le", "van", "von", "bin", "al", "el", "staff", "in", "from", "for", "at",
      "the", "of", "on", "correspondent", "reporter", "writer", "editor", "contributor", "updated",
      "published", "posted", "last", "am", "pm", "a.m.", "p.m.", "et", "gmt", "utc", "edt", "est",
      "bst", "cet", "senior", "chief", "political", "foreign", "news", "desk", "agency", "wires");
  /** Lines that are only these words are interface labels. */
  private static final Set<String> UI_WORDS = Set.of("menu", "search", "home", "close", "share",
      "print", "email", "e-mail", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "reddit",
      "pinterest", "telegram", "instagram", "youtube", "advertisement", "sponsored", "ad", "ads",
      "log", "sign", "in", "out", "up", "subscribe", "newsletter", "newsletters", "video",
      "videos", "live", "skip", "to", "content", "main", "back", "top", "next", "previous", "more",
      "less", "show", "loading", "copy", "link", "this", "article", "story", "on", "us", "follow",
      "comments", "comment", "save", "listen", "audio", "gift", "open", "app", "the");
  /** Words that cannot start a name after "By": "By Monday, ...", "By contrast, ...". */
  private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "contrast",
      "comparison", "then", "now", "the", "far", "all", "law", "late", "early", "mid", "midday",
      "noon", "midnight", "nightfall", "dawn", "this", "that", "next", "last", "year", "end",
      "most", "some", "his", "her", "their", "its", "our", "my", "your", "one", "two");

  /** Wording that marks furniture in a block of at most so many words. */
  private record Rule(Furniture kind, int maxWords, Pattern pattern) {}

  private static final List<Rule> FIRST_RULES = List.of(
      new Rule(Furniture.LEGAL, 60, LEGAL),
      new Rule(Furniture.COOKIES, 80, COOKIES),
      new Rule(Furniture.COMMENTS, 25, COMMENTS),
      new Rule(Furniture.SIGNUP, 20, SIGNUP));
  private static final List<Rule> LATER_RULES = List.of(
      new Rule(Furniture.MEDIA, 20, MEDIA),
      new Rule(Furniture.SHARE, 20, SHARE),
      new Rule(Furniture.MENU, 30, TAGS));

  /** The kind of furniture the block is, if it is furniture. */
  Optional<Furniture> spot(String text) {
    String t = text.strip();
    int words = Words.count(t);
    if (words == 0) {
      return Optional.of(Furniture.LABEL);
    }
    Optional<Furniture> kind = byRules(FIRST_RULES, t, words);
    if (kind.isEmpty() && isTeaser(t, words)) {
      kind = Optional.of(Furniture.TEASER);
    }
    return kind.or(() -> byRules(LATER_RULES, t, words)).or(() -> byShape(t, words));
  }

  private static Optional<Furniture> byRules(List<Rule> rules, String t, int words) {
    return rules.stream().filter(r -> words <= r.maxWords() && r.pattern().matcher(t).find())
        .map(Rule::kind).findFirst();
  }

  /** Credits, bylines, menus and labels, known by their form more than their words. */
  private static Optional<Furniture> byShape(String t, int words) {
    if (isCredit(t, words)) {
      return Optional.of(Furniture.CREDIT);
    }
    if (isByline(t, words)) {
      return Optional.of(Furniture.BYLINE);
    }
    if (isMenu(t)) {
      return Optional.of(Furniture.MENU);
    }
    return isLabel(t, words) ? Optional.of(Furniture.LABEL) : Optional.empty();
  }

  private static boolean isTeaser(String t, int words) {
    var m = TEASER.matcher(t);
    // A teaser is a short line, or a prefix with a colon or dash before the linked headline.
    return words <= 40 && m.find() && (words <= 12 || (m.group(m.groupCount()) != null
        && !m.group(m.groupCount()).isEmpty()));
  }

  /** Photo credits, with or without their caption text. */
  private static boolean isCredit(String t, int words) {
    return words <= 60 && (PHOTO_CREDIT.matcher(t).find() || PAREN_CREDIT.matcher(t).find()
        || (words <= 8 && CAPS_CREDIT.matcher(t).find()));
  }

  /** "By Jane Doe", a Reuters credits trailer, or a date line with at most a name. */
  private static boolean isByline(String t, int words) {
    if (words > 15) {
      return false;
    }
    if (CREDITS_TRAILER.matcher(t).find()) {
      return true;
    }
    var by = BY.matcher(t);
    if (by.find()) {
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
  private static boolean isMenu(String t) {
    String[] items = MENU_SEPARATOR.split(t);
    if (items.length < 3) {
      return false;
    }
    int words = 0;
    for (String item : items) {
      int n = Words.count(item);
      if (n > 4 || item.strip().endsWith(".")) {
        return false;
      }
      words += n;
    }
    return words <= items.length * 2.5;
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
  private static boolean isLabel(String t, int words) {
    if (words <= 3 && !Words.endsSentence(t) && lowerCaseOnly(t)) {
      return true;
    }
    List<String> ws = Words.of(t);
    long ui = ws.stream().filter(w -> UI_WORDS.contains(w.toLowerCase(Locale.ROOT))).count();
    return words <= 12 && ui >= Math.max(1, words * 0.7);
  }
}
