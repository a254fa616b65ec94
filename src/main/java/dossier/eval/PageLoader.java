package dossier.eval;

import dossier.clean.WebPageText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/** Reads a gold page's gzipped HTML from {@code html/<file>.gz} and decodes it. */
final class PageLoader {
  private final Path htmlFolder;

  PageLoader(Path setFolder) {
    this.htmlFolder = setFolder.resolve("html");
  }

  Page load(GoldPage gold) throws IOException {
    Path file = htmlFolder.resolve(gold.file() + ".gz");
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      bytes = in.readAllBytes();
    } catch (java.util.zip.ZipException e) {
      throw new IOException(file + ": not gzip: " + e.getMessage(), e);
    }
    WebPageText.Decoded page = WebPageText.decode(bytes, gold.url());
    return new Page(gold, page.html(), page.text(), sha256(bytes));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
