package dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.SAXException;

/** Text and properties of PDF and Office documents, through Tika's parsers on the class path. */
final class DocumentParser {
  /** The container properties that the cleaner uses, under Tika's names. */
  private static final List<Property> KEPT = List.of(
      TikaCoreProperties.TITLE, TikaCoreProperties.CREATOR, TikaCoreProperties.CREATED);

  /**
   * A book-length report has a few million characters. More is a data dump or a zip bomb (a
   * small file inflating to gigabytes of text), and collecting it would exhaust memory.
   */
  static final long MAX_CHARS = 10_000_000;

  private DocumentParser() {}

  /** Whether a Tika parser for that type is on the class path. */
  static boolean canParse(MediaType type) {
    return Holder.TYPES.contains(type);
  }

  /** The document's paragraphs and properties. */
  static Parsed parse(String name, byte[] bytes) throws DocumentException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    ParagraphCollector paragraphs = new ParagraphCollector(MAX_CHARS);
    // No parser is set in the context, so embedded files (images, attached sheets) are skipped.
    try (InputStream in = TikaInputStream.get(bytes)) {
      Holder.PARSER.parse(in, paragraphs, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      throw new DocumentException("encrypted document");
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      if (paragraphs.full()) {
        // Parsers may wrap the collector's stop signal in their own exceptions.
        throw new DocumentException("too much text (over " + MAX_CHARS + " characters)");
      }
      // Parsers of damaged files fail in many ways, unchecked ones included; all mean "corrupt".
      throw new DocumentException("corrupt or unreadable document: " + Reasons.of(e));
    }
    return new Parsed(paragraphs.text(), kept(metadata));
  }

  private static Map<String, String> kept(Metadata metadata) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (Property p : KEPT) {
      String value = metadata.get(p);
      if (value != null && !value.isBlank()) {
        kept.put(p.getName(), value.strip());
      }
    }
    return kept;
  }

  /** A parsed document: text with paragraphs separated by blank lines, and properties. */
  record Parsed(String text, Map<String, String> metadata) {}

  /** A document Tika could not read; the message is the one-line reason. */
  static final class DocumentException extends Exception {
    DocumentException(String reason) {
      super(reason);
    }
  }

  /** Loading every parser takes a second, so it happens once, on first use. */
  private static final class Holder {
    static final AutoDetectParser PARSER = new AutoDetectParser();
    static final Set<MediaType> TYPES = PARSER.getSupportedTypes(new ParseContext());
  }
}
