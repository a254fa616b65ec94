package dossier.resolve;

import dossier.model.Entity;
import dossier.model.Ref;
import dossier.model.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the entity a reference in a report names: by where its words are, else by its name.
 * Entities are given by their position in the list the index was built from; -1 means none.
 */
public final class EntityIndex {
  /** No entity. */
  public static final int NONE = -1;

  private record Located(Span span, int entity) {}

  private final Map<Long, List<Located>> byDoc = new HashMap<>();
  private final Map<String, Integer> byName = new HashMap<>();

  public EntityIndex(List<Entity> entities) {
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      for (Entity.At at : e.mentions()) {
        byDoc.computeIfAbsent(at.doc(), k -> new ArrayList<>()).add(new Located(at.span(), i));
      }
      byName.putIfAbsent(fold(e.name()), i);
      for (String alias : e.aliases()) {
        byName.putIfAbsent(fold(alias), i);
      }
    }
  }

  /** The entity the reference names, or {@link #NONE}. */
  public int of(long doc, Ref ref) {
    if (ref == null) {
      return NONE;
    }
    return ref.span() == null ? named(ref.text()) : at(doc, ref.span());
  }

  /** The entity mentioned inside {@code span} (the longest mention wins), or {@link #NONE}. */
  public int at(long doc, Span span) {
    Located best = null;
    for (Located l : byDoc.getOrDefault(doc, List.of())) {
      if (l.span().overlaps(span) && (best == null || l.span().length() > best.span().length())) {
        best = l;
      }
    }
    return best == null ? NONE : best.entity();
  }

  /** The entity of this exact name or alias (accents and case aside), or {@link #NONE}. */
  public int named(String name) {
    return name == null ? NONE : byName.getOrDefault(fold(name), NONE);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").strip();
  }
}
