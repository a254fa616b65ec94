package dossier.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files bundled with Dossier on its class path: word lists, scripts, the web page. */
public final class Resource {
  private Resource() {}

  /**
   * The bytes of a bundled file, named from the class path's root ({@code
   * /dossier/api/openapi.json}). A missing file is a broken build, so it fails at once.
   */
  public static byte[] bytes(String name) {
    if (!name.startsWith("/")) {
      throw new IllegalArgumentException("not named from the class path's root: " + name);
    }
    try (InputStream in = Resource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
