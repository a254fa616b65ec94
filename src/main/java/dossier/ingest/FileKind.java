package dossier.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.mime.MediaType;

/** What a file is, judged by its extension, and so how it is read. */
enum FileKind {
  /** Plain text, decoded with encoding detection (HTML inside is noticed later). */
  TEXT,
  /** Web pages, kept as markup for the cleaner. */
  HTML,
  /** Office and PDF documents, turned into text by Tika. */
  DOCUMENT;

  private static final Map<String, FileKind> BY_EXTENSION = Map.of(
      "txt", TEXT, "md", TEXT, "html", HTML, "htm", HTML, "xhtml", HTML);

  private static final Map<String, MediaType> DOCUMENT_TYPES = Map.of(
      "pdf", MediaType.application("pdf"),
      "docx", MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "doc", MediaType.application("msword"),
      "rtf", MediaType.application("rtf"),
      "odt", MediaType.application("vnd.oasis.opendocument.text"));

  /** The kind of the file, or empty when Dossier does not read files with its extension. */
  static Optional<FileKind> of(Path file) {
    String ext = extension(file);
    FileKind kind = BY_EXTENSION.get(ext);
    if (kind != null) {
      return Optional.of(kind);
    }
    MediaType type = DOCUMENT_TYPES.get(ext);
    // Only the formats whose Tika parser module is on the class path.
    return type != null && DocumentParser.canParse(type) ? Optional.of(DOCUMENT) : Optional.empty();
  }

  static String extension(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
