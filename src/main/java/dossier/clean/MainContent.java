package dossier.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding a page's story by text density, as Readability does: each
 * paragraph scores for its length and commas, the score goes to its parent and, less, to its
 * grandparents; link-heavy elements lose, and class names such as "article-body" weigh in.
 * Siblings of the winner that hold real paragraphs join it.
 */
final class MainContent {
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "td",
      "div", "section");
  private static final int MIN_PARAGRAPH = 25;
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|main|post|story|text|prose|hentry|blog");
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|related|share|social|sidebar|footer|header|menu|nav|promo|ad-|advert|sponsor|"
      + "teaser|widget|banner|cookie|newsletter|popular|recommend");
  private static final double CLASS_WEIGHT = 25;
  private static final double SIBLING_SHARE = 0.2;
  private static final double RIVAL_SHARE = 0.75;
  private static final int MIN_RIVALS = 2;
  private static final double MIN_SIBLING_SCORE = 10;

  private MainContent() {}

  /** The elements of the main content, in document order; the body when nothing scores. */
  static List<Element> find(Element body, Junk junk) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element e : body.getAllElements()) {
      if (PARAGRAPHS.contains(e.normalName()) && !inJunk(e, body, junk)) {
        score(e, scores);
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      double score = adjusted(s.getKey(), s.getValue());
      if (score > best) {
        best = score;
        top = s.getKey();
      }
    }
    if (top == null) {
      return List.of(body);
    }
    top = commonAncestorOfRivals(top, best, scores);
    return withSiblings(top, adjusted(top, scores.getOrDefault(top, 0.0)), scores);
  }

  /**
   * When other elements score nearly as well as the winner, the story is split over them (rows,
   * columns), and the element that holds them all is the main content.
   */
  private static Element commonAncestorOfRivals(Element top, double best,
      Map<Element, Double> scores) {
    List<Element> rivals = new ArrayList<>();
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      Element e = s.getKey();
      if (e != top && adjusted(e, s.getValue()) >= best * RIVAL_SHARE
          && !e.parents().contains(top) && !top.parents().contains(e)) {
        rivals.add(e);
      }
    }
    if (rivals.size() < MIN_RIVALS) {
      return top;
    }
    Element common = top;
    for (Element rival : rivals) {
      while (common != null && !rival.parents().contains(common)) {
        common = common.parent();
      }
    }
    return common == null ? top : common;
  }

  private static void score(Element paragraph, Map<Element, Double> scores) {
    String own = paragraph.normalName().equals("div") || paragraph.normalName().equals("section")
        ? paragraph.ownText() : paragraph.text();
    if (own.length() < MIN_PARAGRAPH) {
      return;
    }
    double score = 1 + commas(own) + Math.min(own.length() / 100.0, 3);
    Element parent = paragraph.parent();
    for (int level = 1; parent != null && level <= 3; level++, parent = parent.parent()) {
      scores.merge(parent, score / (level == 1 ? 1 : level), Double::sum);
    }
    if (paragraph.normalName().equals("div") || paragraph.normalName().equals("section")) {
      scores.merge(paragraph, score, Double::sum);
    }
  }

  private static double adjusted(Element e, double score) {
    return score * (1 - linkDensity(e)) + classWeight(e);
  }

  private static List<Element> withSiblings(Element top, double best, Map<Element, Double> scores) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double bar = Math.max(MIN_SIBLING_SCORE, best * SIBLING_SHARE);
    List<Element> main = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || adjusted(sibling, scores.getOrDefault(sibling, 0.0)) >= bar
          || isRealParagraph(sibling)) {
        main.add(sibling);
      }
    }
    return main;
  }

  private static boolean isRealParagraph(Element e) {
    String text = e.text();
    return e.normalName().equals("p") && text.length() >= 80 && linkDensity(e) < 0.25
        && Words.endsSentence(text);
  }

  private static boolean inJunk(Element e, Element body, Junk junk) {
    for (Element x = e; x != null && x != body; x = x.parent()) {
      if (Junk.hidden(x) || junk.kindOf(x, false).isPresent()) {
        return true;
      }
    }
    return false;
  }

  static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, links / (double) length);
  }

  private static double classWeight(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    double weight = 0;
    weight += POSITIVE.matcher(names).find() ? CLASS_WEIGHT : 0;
    weight -= NEGATIVE.matcher(names).find() ? CLASS_WEIGHT : 0;
    boolean semantic = e.normalName().equals("article") || e.normalName().equals("main");
    weight += semantic ? CLASS_WEIGHT / 2 : 0;
    return weight;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c == ',' || c == '،' || c == '，' ? 1 : 0;
    }
    return n;
  }
}
