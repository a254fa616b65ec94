package dossier.ingest;

import dossier.model.RawDoc;
import dossier.model.Skipped;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Finds input files and reads each into a {@link RawDoc}. Stateless and thread-safe. */
public final class Ingester {
  /** Larger files are not news reports, and reading them would strain memory. */
  static final long MAX_BYTES = 200L * 1024 * 1024;
  /**
   * Text and web pages are all text: even a saved page with inline scripts and styles is a few
   * MB, so a larger one is not a report, and skipping it unread keeps memory bounded.
   */
  static final long MAX_PAGE_BYTES = 20L * 1024 * 1024;

  /**
   * The readable files under the given files and folders (folders recursively), in a stable
   * order; what cannot be listed goes to {@code skipped}.
   */
  public List<Path> files(List<Path> roots, Consumer<Skipped> skipped) {
    return new FolderWalker(skipped).walk(roots);
  }

  /** Whether Dossier reads files with this file's extension. */
  public static boolean supported(Path file) {
    return FileKind.of(file).isPresent();
  }

  /** Reads one file, detecting its format and encoding. */
  public RawDoc read(Path file) throws IngestException {
    FileKind kind = FileKind.of(file)
        .orElseThrow(() -> new IngestException(file, "unsupported file type"));
    byte[] bytes = bytes(file, kind == FileKind.DOCUMENT ? MAX_BYTES : MAX_PAGE_BYTES);
    String hash = sha256(bytes);
    RawDoc doc = switch (kind) {
      case TEXT -> text(file, bytes, hash);
      case HTML -> html(file, bytes, hash);
      case DOCUMENT -> document(file, bytes, hash);
    };
    if (doc.content().isBlank()) {
      throw new IngestException(file, kind == FileKind.DOCUMENT ? "no text found" : "empty file");
    }
    return doc;
  }

  private static RawDoc text(Path file, byte[] bytes, String hash) throws IngestException {
    String text = decode(file, bytes, null);
    RawDoc.Format format =
        HtmlSniffer.looksLikeHtml(text) ? RawDoc.Format.HTML : RawDoc.Format.TEXT;
    return new RawDoc(file.toString(), format, text, Map.of(), hash);
  }

  private static RawDoc html(Path file, byte[] bytes, String hash) throws IngestException {
    String text = decode(file, bytes, HtmlSniffer.declaredCharset(bytes));
    return new RawDoc(file.toString(), RawDoc.Format.HTML, text, Map.of(), hash);
  }

  private static RawDoc document(Path file, byte[] bytes, String hash) throws IngestException {
    try {
      DocumentParser.Parsed parsed = DocumentParser.parse(file.getFileName().toString(), bytes);
      return new RawDoc(file.toString(), RawDoc.Format.TEXT, parsed.text(), parsed.metadata(),
          hash);
    } catch (DocumentParser.DocumentException e) {
      throw new IngestException(file, e.getMessage());
    }
  }

  private static String decode(Path file, byte[] bytes, Charset declared) throws IngestException {
    String text = TextDecoder.decode(bytes, declared);
    if (BinaryCheck.looksBinary(text)) {
      throw new IngestException(file, "binary data, not text");
    }
    return text;
  }

  private static byte[] bytes(Path file, long limit) throws IngestException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new IngestException(file, Files.exists(file) ? "not a regular file" : "no such file");
      }
      long size = Files.size(file);
      if (size > limit) {
        throw new IngestException(file, "too large (" + size / (1024 * 1024) + " MB, limit "
            + limit / (1024 * 1024) + " MB)");
      }
      if (size == 0) {
        throw new IngestException(file, "empty file");
      }
      return Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      throw new IngestException(file, "cannot read: " + Reasons.of(e));
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
