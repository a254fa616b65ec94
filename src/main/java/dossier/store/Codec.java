package dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dossier.model.Ref;
import dossier.model.Removed;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JSON text of the store's list-valued and reference columns. */
final class Codec {
  private static final ObjectMapper JSON = new ObjectMapper();
  // Readers made once: resolving a type reference at each read costs more than the read.
  private static final ObjectReader MAPS =
      JSON.readerFor(new TypeReference<List<Map<String, Object>>>() {});
  private static final ObjectReader STRINGS = JSON.readerFor(new TypeReference<List<String>>() {});
  private static final ObjectReader MAP = JSON.readerFor(new TypeReference<Map<String, Object>>() {});
  private static final String NONE = "[]";

  private Codec() {}

  static String removed(List<Removed> removed) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Removed r : removed) {
      out.add(Map.of("reason", r.reason(), "text", r.text()));
    }
    return write(out);
  }

  static List<Removed> removed(String json) {
    List<Removed> out = new ArrayList<>();
    for (Map<String, Object> m : Codec.<List<Map<String, Object>>>read(json, MAPS)) {
      out.add(new Removed((String) m.get("reason"), (String) m.get("text")));
    }
    return out;
  }

  static String strings(List<String> list) {
    return write(list);
  }

  static List<String> strings(String json) {
    return read(json, STRINGS);
  }

  static String refs(List<Ref> refs) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Ref r : refs) {
      out.add(refMap(r));
    }
    return write(out);
  }

  static List<Ref> refs(String json) {
    List<Ref> out = new ArrayList<>();
    if (NONE.equals(json)) {
      return out;
    }
    for (Map<String, Object> m : Codec.<List<Map<String, Object>>>read(json, MAPS)) {
      out.add(ref(m));
    }
    return out;
  }

  /** One reference as JSON, or null for none. */
  static String ref(Ref r) {
    return r == null ? null : write(refMap(r));
  }

  static Ref ref(String json) {
    return json == null ? null : ref(Codec.<Map<String, Object>>read(json, MAP));
  }

  static byte[] ints(int[] values) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(values.length * Integer.BYTES);
    b.asIntBuffer().put(values);
    return b.array();
  }

  static int[] ints(byte[] bytes) {
    int[] out = new int[bytes.length / Integer.BYTES];
    java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(out);
    return out;
  }

  private static Map<String, Object> refMap(Ref r) {
    return r.span() == null
        ? Map.of("text", r.text(), "anonymous", r.anonymous())
        : Map.of("text", r.text(), "anonymous", r.anonymous(), "start", r.span().start(),
            "end", r.span().end());
  }

  private static Ref ref(Map<String, Object> m) {
    Span span = m.containsKey("start")
        ? new Span((Integer) m.get("start"), (Integer) m.get("end"))
        : null;
    return new Ref((String) m.get("text"), span, Boolean.TRUE.equals(m.get("anonymous")));
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value, e);
    }
  }

  private static <T> T read(String json, ObjectReader reader) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt JSON column: " + json, e);
    }
  }
}
