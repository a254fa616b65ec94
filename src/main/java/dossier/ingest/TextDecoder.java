package dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes the bytes of a text or HTML file. The order is: byte-order mark, the charset the page
 * declares, UTF-16 recognised by its zero bytes, strict UTF-8, then Tika's statistical detector,
 * then Windows-1252, the usual encoding of old Western text that is not UTF-8.
 */
final class TextDecoder {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Below this the detector's guess is no better than the Windows-1252 default. */
  private static final int MIN_CONFIDENCE = 50;
  private static final int SAMPLE = 8192;

  private TextDecoder() {}

  /** The text, guessing the encoding; {@code declared} is what the document says, or null. */
  static String decode(byte[] bytes, Charset declared) {
    Optional<Bom> bom = Bom.of(bytes);
    if (bom.isPresent()) {
      Bom b = bom.get();
      return new String(bytes, b.length, bytes.length - b.length, b.charset);
    }
    if (declared != null) {
      return new String(bytes, declared);
    }
    Charset utf16 = utf16ByZeroBytes(bytes);
    if (utf16 != null) {
      return new String(bytes, utf16);
    }
    Optional<String> utf8 = strictUtf8(bytes);
    return utf8.orElseGet(() -> new String(bytes, detect(bytes)));
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Tika's detector, for bytes known not to be UTF-8. */
  private static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match == null || match.getConfidence() < MIN_CONFIDENCE) {
      return WINDOWS_1252;
    }
    Charset found = forName(match.getName());
    // Text labelled ISO-8859-1 is nearly always Windows-1252 (curly quotes, dashes), as browsers
    // assume; and a UTF-8 guess is wrong here since strict decoding already failed.
    if (found == null || found.equals(StandardCharsets.ISO_8859_1)
        || found.equals(StandardCharsets.UTF_8)) {
      return WINDOWS_1252;
    }
    return found;
  }

  /** UTF-16 without a byte-order mark: mostly-Latin text has a zero in every other byte. */
  private static Charset utf16ByZeroBytes(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The charset of that name, or null when Java does not know it. */
  static Charset forName(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  /** A byte-order mark and the encoding it announces. */
  private enum Bom {
    UTF8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    final Charset charset;
    final int length;
    private final int[] marks;

    Bom(Charset charset, int... marks) {
      this.charset = charset;
      this.marks = marks;
      this.length = marks.length;
    }

    static Optional<Bom> of(byte[] bytes) {
      for (Bom bom : values()) {
        if (bom.startsOf(bytes)) {
          return Optional.of(bom);
        }
      }
      return Optional.empty();
    }

    private boolean startsOf(byte[] bytes) {
      if (bytes.length < marks.length) {
        return false;
      }
      for (int i = 0; i < marks.length; i++) {
        if ((bytes[i] & 0xFF) != marks[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
