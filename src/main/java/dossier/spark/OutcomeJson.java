package dossier.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dossier.DocumentPipeline.Outcome;
import dossier.model.Extraction;
import dossier.model.Fingerprint;
import dossier.model.RawDoc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The JSON form in which documents travel to Spark's workers and outcomes travel back, so that
 * the model records need not be {@link java.io.Serializable}. An outcome travels without its
 * input document, which the driver still holds.
 */
final class OutcomeJson {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(dates());

  /** An outcome less the document it came from. */
  private record Result(Extraction extraction, Fingerprint fingerprint, String skipReason,
      boolean annotated) {}

  private OutcomeJson() {}

  static String writeRaw(RawDoc raw) {
    return write((Object) raw);
  }

  static RawDoc readRaw(String json) {
    return read(json, RawDoc.class);
  }

  static String writeOutcome(Outcome outcome) {
    return write(new Result(outcome.extraction(), outcome.fingerprint(), outcome.skipReason(),
        outcome.annotated()));
  }

  /** The outcome of {@code raw} from its JSON form. */
  static Outcome readOutcome(String json, RawDoc raw) {
    Result r = read(json, Result.class);
    return new Outcome(raw, r.extraction(), r.fingerprint(), r.skipReason(), r.annotated());
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read " + type.getSimpleName(), e);
    }
  }

  /** Dates as ISO 8601 strings, without a dependency for the one java.time type in the model. */
  private static SimpleModule dates() {
    return new SimpleModule()
        .addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
          @Override
          public void serialize(LocalDate date, JsonGenerator json, SerializerProvider p)
              throws IOException {
            json.writeString(date.toString());
          }
        })
        .addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
          @Override
          public LocalDate deserialize(JsonParser json, DeserializationContext c) throws IOException {
            return LocalDate.parse(json.getValueAsString());
          }
        });
  }
}
