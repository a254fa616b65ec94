package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dossier.model.Skipped;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of bad inputs, written at test time: each yields one skip line naming the file and
 * the reason, or is read correctly; the good reports are stored and the build completes. Runs
 * under surefire's -Xmx5g (pom.xml), where the 100 MB file and the zip bomb would not fit if
 * they were read whole more than a few times over.
 */
class HostileFilesTest {
  /** Enough for extraction (it needs part-of-speech tags) and quick to load. */
  private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma";
  /** Ten thousand levels of markup around a report. */
  private static final String NESTED = "nested.html";
  private static final String REPORT = "Officials in the port city said on Monday that forty"
      + " workers had arrived by ship. The mayor told reporters the workers would stay a month.";

  @TempDir Path dir;

  @Test
  void eachBadFileIsSkippedWithOneLineAndTheGoodOnesAreStored() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Map<String, String> expectedReasons = writeBadFiles(corpus);
    List<String> readable = writeOddButReadableFiles(corpus);
    Files.writeString(corpus.resolve("good.txt"), REPORT);
    int depth = 10_000;
    Files.writeString(corpus.resolve(NESTED), "<html><body>" + "<div>".repeat(depth) + "<p>"
        + REPORT + "</p>" + "</div>".repeat(depth) + "</body></html>");
    Files.writeString(corpus.resolve("good.html"),
        "<html><head><title>Workers arrive</title></head><body><article><p>" + REPORT
            + "</p></article></body></html>");

    BuildSummary s;
    List<String> readTexts = new ArrayList<>();
    try (Dossier dossier = Dossier.builder().database(dir.resolve("k.db")).annotators(ANNOTATORS)
        .threads(1).build()) {
      s = dossier.build(List.of(corpus), BuildListener.NONE);
      dossier.clean(readable.stream().map(corpus::resolve).toList(), a -> readTexts.add(a.text()),
          skipped -> { });
    }
    assertEquals(readable.size(), readTexts.size());
    readTexts.forEach(text -> assertTrue(text.contains("forty workers had arrived"), text));

    Map<String, String> reasons = new LinkedHashMap<>();
    for (Skipped skipped : s.skipped()) {
      assertEquals(1, skipped.toString().lines().count(), skipped.toString());
      String name = corpus.relativize(Path.of(skipped.origin())).toString();
      assertEquals(null, reasons.put(name, skipped.reason()), "skipped twice: " + name);
    }
    // Whether the cleaner's recursion overflows on it depends on the thread's stack and the JIT.
    String nested = reasons.remove(NESTED);
    assertTrue(nested == null || nested.contains("nested too deeply"), nested);
    assertEquals(expectedReasons.keySet(), reasons.keySet(), s.skipped().toString());
    expectedReasons.forEach((name, reason) ->
        assertTrue(Pattern.compile(reason).matcher(reasons.get(name)).find(),
            name + ": " + reasons.get(name)));
    assertEquals(2 + readable.size() + (nested == null ? 1 : 0), s.added(), s.toString());
  }

  @Test
  void anUnreadableFileIsSkippedAsPermissionDenied() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path locked = Files.writeString(corpus.resolve("locked.txt"), REPORT);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "running as root, who can read any file");
    List<Skipped> skipped = new ArrayList<>();
    try (Dossier dossier = Dossier.builder().database(dir.resolve("k.db")).build()) {
      dossier.clean(List.of(corpus), a -> { }, skipped::add);
    }
    assertEquals(List.of(new Skipped(locked.toString(), "cannot read: permission denied")),
        skipped);
  }

  /** Writes the files that must be skipped; returns their names and a pattern of each reason. */
  private static Map<String, String> writeBadFiles(Path corpus) throws IOException {
    Map<String, String> reasons = new LinkedHashMap<>();
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    Files.write(corpus.resolve("binary.txt"), noise);
    reasons.put("binary.txt", "binary");
    Files.createFile(corpus.resolve("empty.txt"));
    reasons.put("empty.txt", "empty");
    writeRepeated(corpus.resolve("huge.txt"), REPORT + "\n\n", 100L * 1024 * 1024);
    reasons.put("huge.txt", "too large");
    writeNumbered(corpus.resolve("endless.txt"), 2L * 1024 * 1024);
    reasons.put("endless.txt", "too long");
    Files.write(corpus.resolve("corrupt.pdf"),
        ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + "\u0000garbage")
            .getBytes(StandardCharsets.ISO_8859_1));
    reasons.put("corrupt.pdf", "corrupt");
    writeZipBomb(corpus.resolve("bomb.docx"));
    reasons.put("bomb.docx", "corrupt|too much text");
    Files.createSymbolicLink(corpus.resolve("loop"), corpus);
    reasons.put("loop", "already");
    return reasons;
  }

  /** Writes files that are odd but hold a report; returns their names. */
  private static List<String> writeOddButReadableFiles(Path corpus) throws IOException {
    Files.write(corpus.resolve("utf16.txt"), REPORT.getBytes(StandardCharsets.UTF_16LE));
    byte[] report = REPORT.getBytes(StandardCharsets.UTF_8);
    report[10] = (byte) 0xC3;
    report[11] = (byte) 0x28;
    Files.write(corpus.resolve("invalid-utf8.txt"), report);
    return List.of("utf16.txt", "invalid-utf8.txt");
  }

  /** Writes {@code size} bytes of repeated text, streaming, so the test itself stays small. */
  private static void writeRepeated(Path file, String text, long size) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      for (long written = 0; written < size; written += text.length()) {
        out.write(text);
      }
    }
  }

  /** Writes {@code size} bytes of sentences that differ, so cleaning keeps them all. */
  private static void writeNumbered(Path file, long size) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      for (long written = 0, n = 1; written < size; n++) {
        String sentence = "Officials said on day " + n + " that " + (n * 7 % 1000)
            + " workers had arrived.\n\n";
        out.write(sentence);
        written += sentence.length();
      }
    }
  }

  /** A Word file whose body inflates from a few hundred kilobytes to a gigabyte. */
  private static void writeZipBomb(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas"
          + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd"
          + ".openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas"
          + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
          + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
          + "\" Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org"
          + "/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 1024; i++) {
        zip.write(block);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
