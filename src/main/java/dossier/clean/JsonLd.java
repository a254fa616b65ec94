package dossier.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The article described by a page's JSON-LD (schema.org), read leniently. */
final class JsonLd {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();
  private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article",
      "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
      "BlogPosting", "Report", "LiveBlogPosting", "ScholarlyArticle", "WebPage");

  private JsonLd() {}

  /** The metadata of the first article object in the scripts, or {@link Meta#NONE}. */
  static Meta read(List<String> scripts) {
    for (String script : scripts) {
      for (JsonNode node : objects(parse(script))) {
        if (isArticle(node)) {
          return new Meta(text(node.get("headline")), name(node.get("publisher")),
              name(node.get("author")), Meta.date(text(node.get("datePublished"))).orElse(null));
        }
      }
    }
    return Meta.NONE;
  }

  private static JsonNode parse(String script) {
    try {
      return JSON.readTree(script.strip());
    } catch (JsonProcessingException e) {
      return null; // broken JSON-LD is common; the page's other metadata still counts
    }
  }

  /** The objects of a JSON-LD document: itself, array members and {@code @graph} members. */
  private static List<JsonNode> objects(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    if (root.isArray()) {
      root.forEach(n -> out.addAll(objects(n)));
    } else if (root.isObject()) {
      out.add(root);
      if (root.has("@graph")) {
        out.addAll(objects(root.get("@graph")));
      }
    }
    return out;
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText()) && (node.has("headline")
        || node.has("datePublished"));
  }

  /** A name from a string, an object with a name, or the first of an array of either. */
  private static String name(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : name(node.get(0));
    }
    return node.isObject() ? text(node.get("name")) : text(node);
  }

  private static String text(JsonNode node) {
    return Optional.ofNullable(node).filter(JsonNode::isValueNode).map(JsonNode::asText)
        .map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }
}
