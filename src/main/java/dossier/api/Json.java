package dossier.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Map;

/** Writes answers as JSON. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static void send(Context ctx, Object body) {
    send(ctx, 200, body);
  }

  static void send(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json; charset=utf-8")
          .result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
    }
  }

  static void error(Context ctx, int status, String message) {
    send(ctx, status, Map.of("error", message));
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A view as an object that more fields can be added to. */
  static ObjectNode object(Object view) {
    return MAPPER.valueToTree(view);
  }
}
