package dossier.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises web pages saved under a text name, and the charset a page declares. */
final class HtmlSniffer {
  private static final Pattern HTML_START = Pattern.compile(
      "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*"
          + "(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  /** Browsers look for the declaration in the first kilobytes too. */
  private static final int HEAD_BYTES = 4096;

  private HtmlSniffer() {}

  /** Whether the text starts like an HTML document. */
  static boolean looksLikeHtml(String text) {
    return HTML_START.matcher(text.substring(0, Math.min(text.length(), 2048))).find();
  }

  /** The charset named by a meta tag near the start, or null. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES),
        StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    Charset declared = TextDecoder.forName(m.group(1));
    // As in browsers: a page labelled Latin-1 is read as its superset Windows-1252.
    return StandardCharsets.ISO_8859_1.equals(declared) ? TextDecoder.WINDOWS_1252 : declared;
  }
}
