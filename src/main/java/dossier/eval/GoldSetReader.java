package dossier.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads trafilatura's {@code evaldata.json}: url → {file, with, without, title?, author?, date?}. */
final class GoldSetReader {

  /** The pages in file order; a malformed set fails naming the file and the entry. */
  List<GoldPage> read(Path evaldata) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(evaldata.toFile());
    } catch (JacksonException e) {
      throw new IOException(evaldata + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(evaldata + ": expected an object of url → page");
    }
    List<GoldPage> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      pages.add(page(evaldata, entry.getKey(), entry.getValue()));
    }
    return pages;
  }

  private static GoldPage page(Path evaldata, String url, JsonNode node) throws IOException {
    JsonNode file = node.get("file");
    if (file == null || !file.isTextual() || file.asText().isBlank()) {
      throw new IOException(evaldata + ": entry " + url + " has no \"file\"");
    }
    return new GoldPage(url, file.asText(), segments(node.get("with")),
        segments(node.get("without")), text(node.get("title")), text(node.get("author")),
        text(node.get("date")));
  }

  /** The set's null segments are skipped, as trafilatura's own scorer does. */
  private static List<String> segments(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(s -> {
        if (s.isTextual()) {
          out.add(s.asText());
        }
      });
    }
    return out;
  }

  /** A string, or a list of strings joined by "; "; null when absent or empty. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String value = node.isArray() ? String.join("; ", segments(node)) : node.asText();
    return value.isBlank() ? null : value;
  }
}
