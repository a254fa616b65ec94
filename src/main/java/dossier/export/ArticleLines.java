package dossier.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dossier.model.Article;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes clean articles as JSON Lines, one object a line: {@code origin}, {@code title},
 * {@code outlet}, {@code author}, {@code published}, {@code language}, {@code text} (the
 * command-line contract of {@code dossier clean}), plus {@code publishedSource}.
 */
public final class ArticleLines implements AutoCloseable {
  private final JsonGenerator json;

  public ArticleLines(OutputStream out) throws IOException {
    this.json = new JsonFactory().createGenerator(out);
    json.setRootValueSeparator(null);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  public void write(Article a) throws IOException {
    json.writeStartObject();
    fields(json, a);
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  /** An article's metadata and text, as both the clean lines and the export write them. */
  static void fields(JsonGenerator json, Article a) throws IOException {
    json.writeStringField("origin", a.origin());
    json.writeStringField("title", a.title());
    json.writeStringField("outlet", a.outlet());
    json.writeStringField("author", a.author());
    json.writeStringField("published", a.published() == null ? null : a.published().toString());
    json.writeStringField("publishedSource",
        a.publishedSource() == null ? null : a.publishedSource().jsonName());
    json.writeStringField("language", a.language());
    json.writeStringField("text", a.text());
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
