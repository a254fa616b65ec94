package dossier.eval;

import dossier.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PolNeAR's brat standoff: {@code T} lines give spans, {@code E} lines tie a Source, a Cue
 * and a Content (with {@code Content2} for a second part) into one attribution. Notes ({@code #})
 * and spans no relation uses (Discard, Discuss) are ignored.
 */
final class PolnearBratReader {
  private static final Pattern SPAN_LINE = Pattern.compile(
      "(T\\d+)\\t(\\S+) (\\d{1,9} \\d{1,9}(?:;\\d{1,9} \\d{1,9})*)(?:\\t.*)?");
  private static final Pattern RELATION_LINE = Pattern.compile("E\\d+\\t(.*)");
  private static final Pattern ARGUMENT = Pattern.compile("([A-Za-z-]+?)\\d*:(T\\d+)");

  /**
   * The attributions of one annotation file, in file order.
   *
   * @param text the article the offsets point into; brat counts code points, spans count chars
   * @throws IOException when the file is unreadable or malformed, naming the file and line
   */
  List<AttributionRelation> read(Path ann, String text) throws IOException {
    int[] chars = charOffsets(text);
    Map<String, AttributionSpan> spans = new HashMap<>();
    Map<Integer, String> relations = new LinkedHashMap<>();
    boolean inSpanText = false;
    List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      Matcher span = SPAN_LINE.matcher(line);
      Matcher relation = RELATION_LINE.matcher(line);
      if (span.matches()) {
        spans.put(span.group(1), pieces(span.group(3), chars, ann, n));
        inSpanText = true;
      } else if (relation.matches()) {
        relations.put(n, relation.group(1).strip());
        inSpanText = false;
      } else if (line.startsWith("#")) {
        inSpanText = false;
      } else if (!inSpanText && !line.isBlank()) {
        // Only a span's text may run on: brat writes a line break inside it as it is.
        throw new IOException(ann + ":" + n + ": not a brat span, relation or note");
      }
    }
    List<AttributionRelation> out = new ArrayList<>();
    for (Map.Entry<Integer, String> r : relations.entrySet()) {
      out.add(relation(r.getValue(), spans, ann, r.getKey()));
    }
    return out;
  }

  private static AttributionRelation relation(String arguments, Map<String, AttributionSpan> spans,
      Path ann, int line) throws IOException {
    Map<String, List<Span>> roles = new HashMap<>();
    for (String argument : arguments.split(" ")) {
      Matcher m = ARGUMENT.matcher(argument);
      if (!m.matches()) {
        throw new IOException(ann + ":" + line + ": bad relation argument '" + argument + "'");
      }
      AttributionSpan span = spans.get(m.group(2));
      if (span == null) {
        throw new IOException(ann + ":" + line + ": relation names unknown span " + m.group(2));
      }
      String role = m.group(1);
      if (!role.startsWith("Attribution")) {
        checkRole(role, ann, line);
        roles.computeIfAbsent(role, k -> new ArrayList<>()).addAll(span.pieces());
      }
    }
    return new AttributionRelation(role(roles, "Content"), role(roles, "Cue"), role(roles, "Source"));
  }

  private static void checkRole(String role, Path ann, int line) throws IOException {
    if (!List.of("Content", "Cue", "Source").contains(role)) {
      throw new IOException(ann + ":" + line + ": unknown relation role " + role);
    }
  }

  private static AttributionSpan role(Map<String, List<Span>> roles, String name) {
    List<Span> pieces = roles.get(name);
    return pieces == null ? null : new AttributionSpan(pieces);
  }

  private static AttributionSpan pieces(String offsets, int[] chars, Path ann, int line)
      throws IOException {
    List<Span> pieces = new ArrayList<>();
    for (String piece : offsets.split(";")) {
      String[] se = piece.split(" ");
      int start = Integer.parseInt(se[0]);
      int end = Integer.parseInt(se[1]);
      if (end <= start || end >= chars.length) {
        throw new IOException(ann + ":" + line + ": span " + piece + " is empty or outside the text");
      }
      pieces.add(new Span(chars[start], chars[end]));
    }
    return new AttributionSpan(pieces);
  }

  /** The char offset of each code point offset, up to and including the text's end. */
  private static int[] charOffsets(String text) {
    int[] out = new int[text.codePointCount(0, text.length()) + 1];
    int c = 0;
    for (int i = 0; i < out.length - 1; i++) {
      out[i] = c;
      c += Character.charCount(text.codePointAt(c));
    }
    out[out.length - 1] = text.length();
    return out;
  }
}
