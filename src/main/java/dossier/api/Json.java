package dossier.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Map;

/** Writes answers as JSON. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TYPE = "application/json; charset=utf-8";

  private Json() {}

  static void send(Context ctx, Object body) {
    send(ctx, 200, body);
  }

  static void send(Context ctx, int status, Object body) {
    ctx.status(status).contentType(TYPE).result(bytes(body));
  }

  /** Sends an answer already written as JSON. */
  static void send(Context ctx, byte[] json) {
    ctx.status(200).contentType(TYPE).result(json);
  }

  static byte[] bytes(Object body) {
    try {
      return MAPPER.writeValueAsBytes(body);
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
