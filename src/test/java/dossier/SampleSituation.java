package dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.export.BriefWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real sample reports and two reports derived from them at test time, built once per test
 * JVM: a republished copy of the Reuters sample under a new headline, and a dated report in which
 * a lawmaker repeats a claim the first build found there and gives another number. Nothing of the
 * samples is kept in the project; the derived files live in a temporary folder.
 */
public final class SampleSituation {
  /** The file name of the republished copy of sample 001. */
  public static final String REPUBLISHED = "republished.txt";
  /** The file name of the lawmaker's report. */
  public static final String INDEPENDENT = "lawmaker.txt";

  private static SampleSituation built;

  /** The export of the whole situation, as JSON. */
  public final JsonNode export;
  /** The analyst brief of the whole situation, in Markdown. */
  public final String brief;
  /** The export of the three samples alone, before the derived reports were added. */
  public final JsonNode samplesOnly;
  private final Map<String, String> textById = new HashMap<>();

  private SampleSituation(JsonNode samplesOnly, JsonNode export, String brief) {
    this.samplesOnly = samplesOnly;
    this.export = export;
    this.brief = brief;
    for (JsonNode d : export.get("documents")) {
      textById.put(d.get("id").asText(), d.get("text").asText());
    }
  }

  /** Builds the situation on first use; later calls share it. */
  public static synchronized SampleSituation get() throws Exception {
    if (built == null) {
      built = build(Files.createTempDirectory("dossier-situation"));
    }
    return built;
  }

  private static SampleSituation build(Path dir) throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    for (String prefix : List.of("000_", "001_", "003_")) {
      Path sample = Shared.sample(prefix);
      Files.copy(sample, reports.resolve(sample.getFileName()));
    }
    try (Dossier dossier = Dossier.builder().database(dir.resolve("situation.db")).build()) {
      dossier.build(List.of(reports), BuildListener.NONE);
      JsonNode samples = export(dossier);
      Files.writeString(reports.resolve(REPUBLISHED), republished(Shared.sample("001_")));
      Files.writeString(reports.resolve(INDEPENDENT), lawmaker(anonymousClaimOfReuters(samples)));
      dossier.build(List.of(reports), BuildListener.NONE);
      StringWriter brief = new StringWriter();
      dossier.report(BriefWriter.Format.MD, brief);
      return new SampleSituation(samples, export(dossier), brief.toString());
    }
  }

  /** Sample 001 under another headline, its last paragraph cut: what a reprint looks like. */
  static String republished(Path sample) throws IOException {
    String text = Files.readString(sample, StandardCharsets.UTF_8).strip();
    String body = text.substring(text.indexOf('\n'));
    body = body.substring(0, body.lastIndexOf("\n\n"));
    return "Russian contractors sent to guard Venezuela's president, sources say\n" + body + "\n";
  }

  /** A dated report of our own in which a named lawmaker repeats {@code content}. */
  static String lawmaker(String content) {
    return "Opposition lawmaker backs reports of Russian guards\n\n"
        + "CARACAS, Jan 29, 2019 - " + content + ", according to Ana Torres, an opposition"
        + " lawmaker.\n\n"
        + "Torres said on Monday that the number of Russian contractors in Venezuela was about 120,"
        + " far fewer than some reports had said.\n";
  }

  /** The content of the first claim in the Reuters sample that anonymous sources make. */
  static String anonymousClaimOfReuters(JsonNode export) {
    String reuters = null;
    for (JsonNode d : export.get("documents")) {
      if (d.get("origin").asText().contains("001_")) {
        reuters = d.get("id").asText();
      }
    }
    for (JsonNode c : export.get("claims")) {
      if (c.get("doc").asText().equals(reuters) && c.get("anonymous").asBoolean()) {
        return c.get("content").asText();
      }
    }
    throw new AssertionError("no claim of anonymous sources found in the Reuters sample");
  }

  private static JsonNode export(Dossier dossier) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dossier.exportJson(out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  /** The clean text of a document of the export. */
  public String text(String doc) {
    String text = textById.get(doc);
    if (text == null) {
      throw new AssertionError("unknown document " + doc);
    }
    return text;
  }

  /** The id of the document whose origin ends with {@code name} or starts with a sample prefix. */
  public String doc(String name) {
    for (JsonNode d : export.get("documents")) {
      String file = Path.of(d.get("origin").asText()).getFileName().toString();
      if (file.equals(name) || file.startsWith(name)) {
        return d.get("id").asText();
      }
    }
    throw new AssertionError("no document " + name);
  }
}
