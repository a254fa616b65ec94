package dossier.web;

import dossier.model.Resource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The web page's files, read once from the class path. The list is fixed: a request names one
 * of these paths or gets nothing, so no part of a request ever becomes a file or resource name.
 */
public final class Assets {
  private static final String HERE = "/dossier/web/";
  private static final String CYTOSCAPE = "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

  /** One file: the path it is served at, its media type and its bytes. */
  public record Asset(String path, String contentType, byte[] body) {}

  private final Map<String, Asset> byPath = new LinkedHashMap<>();

  private Assets() {}

  /** Reads every file of the page; a missing one is a broken build and fails at once. */
  public static Assets load() {
    Assets a = new Assets();
    a.add("/", HERE + "index.html", "text/html; charset=utf-8");
    for (String script : new String[] {"app.js", "api.js", "dom.js", "graph.js", "timeline.js",
        "claims.js", "evidence.js", "search.js", "entity.js", "contradictions.js"}) {
      a.add("/" + script, HERE + script, "text/javascript; charset=utf-8");
    }
    a.add("/app.css", HERE + "app.css", "text/css; charset=utf-8");
    a.add("/cytoscape.css", HERE + "cytoscape.css", "text/css; charset=utf-8");
    a.add("/vendor/cytoscape.min.js", "/META-INF/resources/webjars/cytoscape/"
        + webjarVersion(CYTOSCAPE) + "/dist/cytoscape.min.js", "text/javascript; charset=utf-8");
    return a;
  }

  public Collection<Asset> all() {
    return byPath.values();
  }

  private void add(String path, String resource, String contentType) {
    byPath.put(path, new Asset(path, contentType, Resource.bytes(resource)));
  }

  /** The version of a WebJar, from its Maven properties, so the pom alone decides it. */
  private static String webjarVersion(String properties) {
    Properties p = new Properties();
    try (InputStream in = new ByteArrayInputStream(Resource.bytes(properties))) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + properties, e);
    }
    return p.getProperty("version");
  }
}
