package dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the paragraphs of Tika's XHTML body: each block element (paragraph, heading, list
 * item, table cell) becomes one paragraph with its line breaks joined, since PDF lines are
 * layout, not structure.
 */
final class ParagraphCollector extends DefaultHandler {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "td", "th", "tr", "blockquote", "pre", "dt", "dd", "section");

  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private final long maxChars;
  private long chars;
  private boolean inBody;

  /** Collects at most {@code maxChars} characters, then stops the parse. */
  ParagraphCollector(long maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("body")) {
      inBody = true;
    } else if (BLOCKS.contains(name)) {
      flush();
    } else if (name.equals("br")) {
      current.append('\n');
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("body")) {
      flush();
      inBody = false;
    } else if (BLOCKS.contains(name)) {
      flush();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws TooMuchText {
    if (inBody) {
      chars += length;
      if (chars > maxChars) {
        throw new TooMuchText();
      }
      current.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws TooMuchText {
    characters(ch, start, length);
  }

  /** Whether the parse was stopped for holding more than the limit. */
  boolean full() {
    return chars > maxChars;
  }

  /** The paragraphs separated by blank lines. */
  String text() {
    flush();
    return String.join("\n\n", paragraphs);
  }

  private void flush() {
    String paragraph = joinLines(current.toString());
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }

  /** One line of text; a word hyphenated across lines is joined without a space. */
  static String joinLines(String block) {
    String joined = block.replaceAll("(?<=\\p{L}-)[ \\t]*\\R\\s*(?=\\p{Ll})", "");
    return joined.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** Stops the parser when the document holds more text than allowed. */
  static final class TooMuchText extends SAXException {
    TooMuchText() {
      super("more text than the limit");
    }
  }
}
