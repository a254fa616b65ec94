package dossier.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The metadata of the first article object in the scripts; else the publication date of the
   * first object that has one (a recipe, a video); else {@link Meta#NONE}. Authors and
   * publishers given by {@code @id} are looked up among the scripts' other objects.
   */
  static Meta read(List<String> scripts) {
    List<JsonNode> objects = new ArrayList<>();
    scripts.forEach(script -> objects.addAll(objects(parse(script))));
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode node : objects) {
      String id = text(node.get("@id"));
      if (id != null && node.size() > 1) {
        byId.putIfAbsent(id, node);
      }
    }
    for (JsonNode node : objects) {
      if (isArticle(node)) {
        return new Meta(text(node.get("headline")), name(node.get("publisher"), byId),
            name(node.get("author"), byId), date(node));
      }
    }
    return objects.stream().map(JsonLd::date).filter(d -> d != null).findFirst()
        .map(d -> new Meta(null, null, null, d)).orElse(Meta.NONE);
  }

  private static LocalDate date(JsonNode node) {
    return Meta.date(text(node.get("datePublished"))).orElse(null);
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

  /**
   * A name from a string, an object with a name or an {@code @id} naming one, or the first of
   * an array of these.
   */
  private static String name(JsonNode node, Map<String, JsonNode> byId) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : name(node.get(0), byId);
    }
    if (!node.isObject()) {
      return text(node);
    }
    String name = text(node.get("name"));
    if (name == null && text(node.get("@id")) != null) {
      JsonNode target = byId.get(text(node.get("@id")));
      name = target == null ? null : text(target.get("name"));
    }
    return name;
  }

  private static String text(JsonNode node) {
    return Optional.ofNullable(node).filter(JsonNode::isValueNode).map(JsonNode::asText)
        .map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }
}
