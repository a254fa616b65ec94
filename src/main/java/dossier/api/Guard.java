package dossier.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What every answer carries against hostile content (a strict Content-Security-Policy: scripts
 * and styles from this server only, nothing inline, nothing framed), and the token check of the
 * API when the server has one.
 */
final class Guard {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none';"
      + " frame-ancestors 'none'";

  private final byte[] token;

  /** @param token the token every API request must bear, or null for none */
  Guard(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
  }

  /** Lets an API request through only with the token, as a bearer header or {@code ?token=}. */
  void checkToken(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    if (token == null) {
      return;
    }
    String given = bearer(ctx.header("Authorization"));
    if (given == null) {
      given = ctx.queryParam("token");
    }
    // Compared in constant time, so the answer's timing tells nothing about the token.
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, given == null ? "a token is required" : "wrong token");
    }
  }

  private static String bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).strip();
  }
}
