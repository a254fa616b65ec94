package dossier.export;

import dossier.model.Entity;
import dossier.model.Ref;
import dossier.model.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds the entity a reference in a report names: by where its words are, else by its name. */
final class EntityIndex {
  private record Located(Span span, String id) {}

  private final Map<Long, List<Located>> byDoc = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();

  EntityIndex(List<Entity> entities) {
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      String id = id(i);
      for (Entity.At at : e.mentions()) {
        byDoc.computeIfAbsent(at.doc(), k -> new ArrayList<>()).add(new Located(at.span(), id));
      }
      byName.putIfAbsent(fold(e.name()), id);
      for (String alias : e.aliases()) {
        byName.putIfAbsent(fold(alias), id);
      }
    }
  }

  /** The export id of the i-th entity. */
  static String id(int i) {
    return "e" + (i + 1);
  }

  /** The entity the reference names, or null. */
  String of(long doc, Ref ref) {
    if (ref == null) {
      return null;
    }
    return ref.span() == null ? named(ref.text()) : at(doc, ref.span());
  }

  /** The entity mentioned inside {@code span} (the longest mention wins), or null. */
  String at(long doc, Span span) {
    Located best = null;
    for (Located l : byDoc.getOrDefault(doc, List.of())) {
      if (l.span().overlaps(span) && (best == null || l.span().length() > best.span().length())) {
        best = l;
      }
    }
    return best == null ? null : best.id();
  }

  /** The entity of this exact name or alias (accents and case aside), or null. */
  String named(String name) {
    return name == null ? null : byName.get(fold(name));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").strip();
  }
}
