package dossier.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An export with its running ids ({@code d3}, {@code e12}, {@code c40}) replaced by what they
 * stand for (a report's origin, an entity's type and name, a fact's place in its report) and
 * its lists of objects in a fixed order, so that the exports of two builds compare as knowledge.
 */
final class IdFreeExport {
  private final Map<String, String> keys = new HashMap<>();

  private IdFreeExport(JsonNode export) {
    for (JsonNode d : export.get("documents")) {
      keys.put(d.get("id").asText(), "report " + d.get("origin").asText());
    }
    for (JsonNode e : export.get("entities")) {
      keys.put(e.get("id").asText(), e.get("type").asText() + " " + e.get("name").asText());
    }
    for (String facts : List.of("claims", "events", "quantities")) {
      Map<String, Integer> perReport = new HashMap<>();
      for (JsonNode f : export.get(facts)) {
        String report = keys.get(f.get("doc").asText());
        int n = perReport.merge(report, 1, Integer::sum);
        keys.put(f.get("id").asText(), report + " " + facts + " #" + n);
      }
    }
  }

  /** The export without its ids. */
  static JsonNode of(JsonNode export) {
    return new IdFreeExport(export).rewrite(export);
  }

  /** The items of {@code section} that one export has and the other lacks, a few of each. */
  static List<String> differences(JsonNode a, JsonNode b, String section) {
    List<String> out = new ArrayList<>();
    missing(a.get(section), b.get(section), "only in the first: ", out);
    missing(b.get(section), a.get(section), "only in the second: ", out);
    return out;
  }

  private static void missing(JsonNode from, JsonNode in, String label, List<String> out) {
    List<JsonNode> rest = new ArrayList<>();
    in.forEach(rest::add);
    for (JsonNode item : from) {
      if (!rest.remove(item) && out.size() < 6) {
        out.add(label + item);
      }
    }
  }

  private JsonNode rewrite(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(keys.getOrDefault(node.asText(), node.asText()));
    }
    if (node.isArray()) {
      return array(node);
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> field = it.next();
      // Clusters and contradictions are numbered but never referred to: their ids say nothing.
      if (!field.getKey().equals("id") || keys.containsKey(field.getValue().asText())) {
        out.set(field.getKey(), rewrite(field.getValue()));
      }
    }
    return out;
  }

  /** Objects are sorted (their order follows ids); strings keep their order (a chain of sources). */
  private ArrayNode array(JsonNode node) {
    List<JsonNode> items = new ArrayList<>();
    node.forEach(item -> items.add(rewrite(item)));
    if (items.stream().allMatch(JsonNode::isObject)) {
      items.sort(Comparator.comparing(JsonNode::toString));
    }
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    items.forEach(out::add);
    return out;
  }
}
